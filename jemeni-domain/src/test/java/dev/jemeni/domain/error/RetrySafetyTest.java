package dev.jemeni.domain.error;

import static dev.jemeni.domain.error.Idempotency.IDEMPOTENT;
import static dev.jemeni.domain.error.Idempotency.NOT_IDEMPOTENT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jemeni.domain.command.DisableSubscription;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RetrySafetyTest {

  static Stream<Arguments> everyErrorType() {
    return Stream.of(
        row(new ApiCodeError.InvalidInputData(422, "bad", List.empty()), false, false),
        row(new ApiCodeError.ResourceConstraintExceeded(400, "limit"), false, false),
        row(new ApiCodeError.DatabaseConnectionFailed(500, "db"), true, false),
        row(new ApiCodeError.ServiceDependencyTimeout(504, "dep"), true, false),
        row(new ApiCodeError.UnknownApiCode(4999, 400, "?"), false, false),
        row(new HttpStatusError.BadRequest(""), false, false),
        row(new HttpStatusError.Unauthorized(""), false, false),
        row(new HttpStatusError.Forbidden(""), false, false),
        row(new HttpStatusError.NotFound(""), false, false),
        row(new HttpStatusError.TooManyRequests(Option.none(), ""), true, true),
        row(new HttpStatusError.Redirected(301, Option.none(), ""), false, false),
        row(new HttpStatusError.InternalServerError(""), false, false),
        row(new HttpStatusError.NotImplemented(""), false, false),
        row(new HttpStatusError.BadGateway(""), true, false),
        row(new HttpStatusError.ServiceUnavailable(""), true, false),
        row(new HttpStatusError.GatewayTimeout(""), true, false),
        row(new HttpStatusError.UnexpectedStatus(409, ""), false, false),
        row(new MalformedResponse(200, "data.id is missing", "{}"), false, false),
        row(new ConnectionFailed("127.0.0.1:1", "Connection refused"), true, true),
        row(new TransportFailed("127.0.0.1:1", "Read timed out"), true, false),
        row(new OutcomeUnknown(disable(), "Read timed out"), false, false),
        row(new CircuitOpen("jemeni"), false, false),
        row(new ValidationFailed(List.of(new Violation("phone", "missing"))), false, false));
  }

  @ParameterizedTest
  @MethodSource("everyErrorType")
  void statesRetrySafetyPerIdempotency(
      JemeniError error, boolean idempotentRetry, boolean nonIdempotentRetry) {
    assertThat(error.isRetrySafe(IDEMPOTENT)).isEqualTo(idempotentRetry);
    assertThat(error.isRetrySafe(NOT_IDEMPOTENT)).isEqualTo(nonIdempotentRetry);
  }

  @ParameterizedTest
  @MethodSource("everyErrorType")
  void messageIsASentenceWithAdvice(JemeniError error) {
    assertThat(error.message()).isNotBlank().endsWith(".").doesNotContain("null");
  }

  private static Arguments row(JemeniError error, boolean idempotent, boolean notIdempotent) {
    return Arguments.of(error, idempotent, notIdempotent);
  }

  private static DisableSubscription disable() {
    return DisableSubscription.of("98745632").get();
  }
}
