package dev.jemeni.webhooks;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Computes the signature header of a webhook body, as the Jemeni service sends it.
 *
 * <p>For senders (an emulator of the service) and tests. Immutable and thread-safe; {@link
 * #toString()} never shows the secret.
 */
public final class WebhookSigner {

  private final WebhookSignatureScheme scheme;
  private final WebhookSecret secret;

  private WebhookSigner(WebhookSignatureScheme scheme, WebhookSecret secret) {
    this.scheme = scheme;
    this.secret = secret;
  }

  /** Returns a signer for {@code scheme} and {@code secret}. */
  public static WebhookSigner of(WebhookSignatureScheme scheme, WebhookSecret secret) {
    return new WebhookSigner(
        Objects.requireNonNull(scheme, "scheme"), Objects.requireNonNull(secret, "secret"));
  }

  /** Returns a signer for the default HMAC-SHA512 hex scheme. */
  public static WebhookSigner of(WebhookSecret secret) {
    return of(WebhookSignatureScheme.hmacSha512Hex(), secret);
  }

  /** Returns the name of the header the signature goes in, such as {@code X-Jemeni-Signature}. */
  public String headerName() {
    return scheme.headerName();
  }

  /** Returns the header value for exactly {@code body}; send these bytes unchanged. */
  public String sign(byte[] body) {
    Objects.requireNonNull(body, "body");
    return scheme.encode(scheme.compute(body, secret));
  }

  /** Returns the header value for the UTF-8 bytes of {@code body}, whatever the default charset. */
  public String sign(String body) {
    Objects.requireNonNull(body, "body");
    return sign(body.getBytes(StandardCharsets.UTF_8));
  }

  /** Returns the signature header as a one-entry map, ready to merge into request headers. */
  public Map<String, List<String>> headersFor(byte[] body) {
    return Map.of(headerName(), List.of(sign(body)));
  }

  @Override
  public String toString() {
    return "WebhookSigner[scheme=" + scheme + ", secret=****]";
  }
}
