package dev.jemeni.webhooks;

import io.vavr.control.Either;

/**
 * A webhook signature scheme: the header that carries the signature, how the signature is computed
 * and how the header value encodes it.
 *
 * <p>The verifier compares the decoded bytes in constant time itself, so an implementation only
 * computes and encodes. Implementations must be thread-safe.
 */
public interface WebhookSignatureScheme {

  /** Name of the default signature header, {@code X-Jemeni-Signature}. */
  String DEFAULT_HEADER = "X-Jemeni-Signature";

  /**
   * Returns the default scheme: hex HMAC-SHA512 of the raw body, keyed with the webhook secret, in
   * the {@code X-Jemeni-Signature} header. It writes lowercase hex and reads either case.
   */
  static WebhookSignatureScheme hmacSha512Hex() {
    return new HmacSha512HexScheme(DEFAULT_HEADER);
  }

  /** Returns the HMAC-SHA512 hex scheme reading and writing the signature in {@code header}. */
  static WebhookSignatureScheme hmacSha512Hex(String header) {
    return new HmacSha512HexScheme(header);
  }

  /** Returns the name of the header that carries the signature; compared ignoring case. */
  String headerName();

  /** Computes the signature bytes of exactly {@code body} under {@code secret}. */
  byte[] compute(byte[] body, WebhookSecret secret);

  /** Encodes signature bytes as the header value. */
  String encode(byte[] signature);

  /**
   * Decodes a header value into signature bytes, or returns why it is malformed. The message must
   * not repeat the value, because it is a signature.
   */
  Either<String, byte[]> decode(String headerValue);
}
