package dev.jemeni.webhooks;

import io.vavr.control.Either;
import java.security.GeneralSecurityException;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Hex HMAC-SHA512 of the raw body, the scheme used by public Jemeni client code. */
final class HmacSha512HexScheme implements WebhookSignatureScheme {

  private static final String ALGORITHM = "HmacSHA512";
  private static final int SIGNATURE_BYTES = 64;

  private final String header;

  HmacSha512HexScheme(String header) {
    Objects.requireNonNull(header, "header");
    if (header.isBlank()) {
      throw new IllegalArgumentException("signature header name is blank: pass a header name");
    }
    this.header = header.strip();
  }

  @Override
  public String headerName() {
    return header;
  }

  @Override
  public byte[] compute(byte[] body, WebhookSecret secret) {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(secret, "secret");
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret.keyBytes(), ALGORITHM));
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      // Every Java SE runtime must provide HmacSHA512, so this is a broken JVM, not bad input.
      throw new IllegalStateException("HmacSHA512 is not available in this JVM", e);
    }
  }

  @Override
  public String encode(byte[] signature) {
    return Hex.encode(signature);
  }

  @Override
  public Either<String, byte[]> decode(String headerValue) {
    return Hex.decode(headerValue.strip(), SIGNATURE_BYTES)
        .mapLeft(problem -> header + " " + problem + " (hex HMAC-SHA512 of the raw body)");
  }

  @Override
  public String toString() {
    return "HmacSha512HexScheme[header=" + header + "]";
  }
}
