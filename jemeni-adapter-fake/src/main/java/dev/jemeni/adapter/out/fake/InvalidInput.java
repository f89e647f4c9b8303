package dev.jemeni.adapter.out.fake;

import dev.jemeni.domain.error.ApiCodeError;
import dev.jemeni.domain.error.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * Builds the code-4001 errors the fake returns for input the service rejects.
 *
 * <p>Public so that the HTTP emulator can report a request whose fields do not parse with the same
 * error as the fake.
 */
public final class InvalidInput {

  /**
   * The HTTP status that carries code 4001. NOTE: the API documentation does not say which status
   * comes with 4001; 400 Bad Request is this library's choice.
   */
  public static final int HTTP_STATUS = 400;

  /** The API message sent with code 4001, the documented meaning of the code. */
  public static final String API_MESSAGE = "The input data provided is invalid.";

  private InvalidInput() {}

  /**
   * Returns a 4001 error naming every invalid field.
   *
   * @throws IllegalArgumentException when {@code violations} is empty
   */
  public static ApiCodeError.InvalidInputData of(Seq<Violation> violations) {
    Objects.requireNonNull(violations, "violations");
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("violations is empty: name at least one field");
    }
    return new ApiCodeError.InvalidInputData(HTTP_STATUS, API_MESSAGE, List.ofAll(violations));
  }

  /** Returns a 4001 error for one field, named as on the wire, such as {@code plan_id}. */
  public static ApiCodeError.InvalidInputData of(String field, String message) {
    return of(List.of(new Violation(field, message)));
  }
}
