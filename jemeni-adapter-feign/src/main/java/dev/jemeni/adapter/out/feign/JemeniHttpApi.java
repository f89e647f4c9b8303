package dev.jemeni.adapter.out.feign;

import feign.Param;
import feign.RequestLine;
import feign.Response;

/**
 * The HTTP endpoints, relative to the base URL and the environment segment.
 *
 * <p>Every method returns the raw {@link Response}, so that one place ({@link ResponseClassifier})
 * turns status, envelope and body into a result or an error. Bodies are the JSON bytes that {@link
 * RequestBodies} serialized; {@link SigningClient} signs exactly those bytes.
 */
interface JemeniHttpApi {

  /**
   * Reads a transaction's state.
   *
   * <p>{@code decodeSlash = false} keeps {@code %2F} as sent; Feign turns it back into {@code /} by
   * default.
   *
   * @param transactionId the identifier, already percent-encoded by {@link QueryEncoding}
   */
  // Param.encoded is deprecated in Feign 13.13 but still read, and javac 21+ warns about it.
  // The value is already percent-encoded, so Feign must not encode it a second time.
  @SuppressWarnings("deprecation")
  @RequestLine(
      value = "GET /payment/verify/state?transaction_id={transactionId}",
      decodeSlash = false)
  Response transactionState(@Param(value = "transactionId", encoded = true) String transactionId);

  @RequestLine("POST /send/payment")
  Response sendPayment(byte[] body);

  @RequestLine("POST /subscriptions/create")
  Response createSubscription(byte[] body);

  @RequestLine("GET /subscriptions/plans")
  Response listPlans();

  @RequestLine("POST /subscriptions/disable")
  Response disableSubscription(byte[] body);
}
