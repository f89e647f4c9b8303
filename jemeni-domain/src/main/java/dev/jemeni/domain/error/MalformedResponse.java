package dev.jemeni.domain.error;

import java.util.Objects;

/**
 * A response the library could not read: not JSON, or missing a required field.
 *
 * <p>Never retried: the service responded, so it may have acted, and the same response would come
 * back.
 *
 * @param httpStatus the HTTP status of the response
 * @param problem what could not be read, naming the field, such as {@code data.transaction_id is
 *     missing}
 * @param bodyExcerpt the start of the response body
 */
public record MalformedResponse(int httpStatus, String problem, String bodyExcerpt)
    implements JemeniError {

  /** Rejects a null problem and bounds the body excerpt. */
  public MalformedResponse {
    Objects.requireNonNull(problem, "problem");
    bodyExcerpt = Excerpt.of(bodyExcerpt);
  }

  @Override
  public String message() {
    String body = bodyExcerpt.isEmpty() ? "" : " Body: " + bodyExcerpt + ".";
    return "Jemeni sent a response the library cannot read (HTTP %d): %s.%s %s"
        .formatted(httpStatus, problem, body, "Report the response to the API provider.");
  }

  @Override
  public boolean isRetrySafe(Idempotency idempotency) {
    return false;
  }
}
