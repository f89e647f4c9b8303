package dev.jemeni.webhooks;

import io.vavr.control.Either;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks the signature header of a webhook request against the raw body bytes.
 *
 * <p>The signature is computed over exactly the bytes received, never over JSON parsed and written
 * again: re-serializing changes whitespace, key order and number forms, so a correct request would
 * fail, or a check could pass on bytes other than those received. Decoded signature bytes are
 * compared with {@link MessageDigest#isEqual}, whose time does not depend on where the bytes
 * differ, and every configured secret is tried, so rotating a secret loses no event. Immutable and
 * thread-safe.
 */
public final class WebhookVerifier {

  private final WebhookSignatureScheme scheme;
  private final List<WebhookSecret> secrets;

  private WebhookVerifier(WebhookSignatureScheme scheme, List<WebhookSecret> secrets) {
    this.scheme = scheme;
    this.secrets = secrets;
  }

  /**
   * Returns a verifier accepting a signature made with any of {@code secrets}.
   *
   * @param scheme how the signature is computed and carried
   * @param secrets the active secrets, such as the current and the previous one during rotation
   * @throws IllegalArgumentException when no secret is given
   */
  public static WebhookVerifier of(WebhookSignatureScheme scheme, List<WebhookSecret> secrets) {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(secrets, "secrets");
    if (secrets.isEmpty() || secrets.stream().anyMatch(Objects::isNull)) {
      throw new IllegalArgumentException(
          "webhook secrets are missing: pass at least one secret and no null");
    }
    return new WebhookVerifier(scheme, List.copyOf(secrets));
  }

  /** Returns a verifier for the default HMAC-SHA512 hex scheme and one secret. */
  public static WebhookVerifier of(WebhookSecret secret) {
    return of(
        WebhookSignatureScheme.hmacSha512Hex(), List.of(Objects.requireNonNull(secret, "secret")));
  }

  /**
   * Verifies the signature header against the body.
   *
   * @param body the request body exactly as received
   * @param headers the request headers; names are compared ignoring case
   * @return the same body array when the signature matches, or the rejection; a malformed header
   *     never throws
   */
  public Either<Rejection, byte[]> verify(byte[] body, Map<String, List<String>> headers) {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(headers, "headers");
    List<String> values = HeaderValues.all(headers, scheme.headerName());
    if (values.isEmpty()) {
      return Either.left(new Rejection.MissingSignature(scheme.headerName()));
    }
    if (values.size() > 1) {
      return Either.left(
          new Rejection.MalformedSignature(
              scheme.headerName() + " was sent " + values.size() + " times: send it once"));
    }
    return scheme
        .decode(values.get(0))
        .<Rejection>mapLeft(Rejection.MalformedSignature::new)
        .flatMap(signature -> matchAny(body, signature));
  }

  private Either<Rejection, byte[]> matchAny(byte[] body, byte[] signature) {
    boolean matched = false;
    for (WebhookSecret secret : secrets) {
      // No early exit, so the time taken does not tell which secret matched.
      matched |= MessageDigest.isEqual(scheme.compute(body, secret), signature);
    }
    return matched
        ? Either.right(body)
        : Either.left(new Rejection.BadSignature(scheme.headerName(), secrets.size()));
  }

  /** Returns the signature header name this verifier reads. */
  public String headerName() {
    return scheme.headerName();
  }

  @Override
  public String toString() {
    return "WebhookVerifier[scheme=" + scheme + ", secrets=" + secrets.size() + "]";
  }
}
