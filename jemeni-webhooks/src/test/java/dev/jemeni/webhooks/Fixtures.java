package dev.jemeni.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Bodies, secrets and signatures shared by the tests.
 *
 * <p>The expected signatures were computed outside Java, with {@code openssl dgst -sha512 -hmac}
 * and Python's {@code hmac} module over the resource files, so they check the signer rather than
 * agree with it.
 */
final class Fixtures {

  /** ASCII secret. */
  static final WebhookSecret SECRET = WebhookSecret.of("whsec_test_3f9a1c");

  /** Secret with non-ASCII characters: "clé-secrète-Ωmega", written with escapes on purpose. */
  static final WebhookSecret NON_ASCII_SECRET =
      WebhookSecret.of("cl\u00e9-secr\u00e8te-\u03a9mega");

  /** The documented {@code payment.success} example, pretty-printed with LF line endings. */
  static final String PAYMENT_SUCCESS = "webhooks/payment-success.json";

  /** A {@code payment.success} event with accented transaction and customer ids. */
  static final String PAYMENT_NON_ASCII = "webhooks/payment-success-non-ascii.json";

  /** An {@code invoice.created} event with accented text, an emoji and a Greek letter. */
  static final String INVOICE_NON_ASCII = "webhooks/invoice-created-non-ascii.json";

  static final String PAYMENT_SUCCESS_SIGNATURE =
      "7cc485e576f7ebdaa801adf4eab946789a254d12c9f440aa530f0535d1dc5d88"
          + "068ffe124c2600c9388ed08d6863961aa38a240929c6299d48e123c9d5504d9c";

  static final String PAYMENT_NON_ASCII_SIGNATURE_NON_ASCII_SECRET =
      "a858a15cadbc68477209ef985aeb9273aa569e6d5a29e7efc9b5b1ec4cec92ed"
          + "faae2d88e9d2f5fe8e8a9dac8d37b81e1119fba481fcab23ac9ca67ebf899ec8";

  static final String INVOICE_NON_ASCII_SIGNATURE_NON_ASCII_SECRET =
      "fb620e399bb8582540272a73eb616cf756f86a364d80f758fe1d6d4eb3fd0f9f"
          + "506d0c1bc81a28f40b6b2caa8902428b07a82872013fdf7d162de0b574990fb7";

  /** The timestamp of every resource body. */
  static final Instant EVENT_TIME = Instant.parse("2024-12-30T12:34:56Z");

  private Fixtures() {}

  /** Returns a clock standing at {@code instant}. */
  static Clock clockAt(Instant instant) {
    return Clock.fixed(instant, ZoneOffset.UTC);
  }

  /** Returns the exact bytes of a resource file. */
  static byte[] bytes(String resource) {
    try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("test resource " + resource + " is missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the UTF-8 bytes of {@code text}. */
  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Returns headers carrying {@code signature} in the default header. */
  static Map<String, List<String>> signed(String signature) {
    return Map.of("X-Jemeni-Signature", List.of(signature));
  }

  /** Returns headers with the signature of {@code body} under {@link #SECRET}. */
  static Map<String, List<String>> signedWithSecret(byte[] body) {
    return WebhookSigner.of(SECRET).headersFor(body);
  }

  /** Returns a receiver with {@link #SECRET}, the default tolerance and a clock at {@code now}. */
  static WebhookReceiver receiverAt(Instant now) {
    return WebhookReceiver.builder().secret(SECRET).clock(clockAt(now)).build();
  }

  /** Returns a JSON event body with the given name, timestamp and data object text. */
  static byte[] event(String type, String timestamp, String data) {
    return utf8(
        "{\"event\":\""
            + type
            + "\",\"data\":"
            + data
            + ",\"timestamp\":\""
            + timestamp
            + "\",\"signature\":\"ignored\"}");
  }

  /** Returns a payment data object with the given transaction id and status. */
  static String paymentData(String transactionId, String status) {
    return "{\"transaction_id\":\""
        + transactionId
        + "\",\"amount\":1000,\"currency\":\"XOF\",\"status\":\""
        + status
        + "\",\"customer_id\":\"CUST6789\"}";
  }
}
