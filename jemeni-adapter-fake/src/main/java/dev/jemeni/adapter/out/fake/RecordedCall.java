package dev.jemeni.adapter.out.fake;

import dev.jemeni.domain.command.Command;
import dev.jemeni.domain.command.Operation;
import dev.jemeni.domain.error.JemeniError;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One call a {@link FakeJemeniGateway} received, with what it returned.
 *
 * @param sequence the call's position, from 1, in the order calls arrived
 * @param operation the operation called
 * @param command the command sent; absent for {@link Operation#LIST_PLANS}, which takes none
 * @param receivedAt the gateway clock's time when the call arrived
 * @param respondedAt the gateway clock's time when the response was returned, after any latency
 * @param fault the fault the scenario injected, if any
 * @param processed whether the fake processed the call, which it does unless a fault prevented it
 * @param result what the caller received: the error, or the transaction, subscription, customer or
 *     plan list
 */
public record RecordedCall(
    long sequence,
    Operation operation,
    Option<Command> command,
    Instant receivedAt,
    Instant respondedAt,
    Option<Fault> fault,
    boolean processed,
    Either<JemeniError, Object> result) {

  /** Rejects null components. */
  public RecordedCall {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(respondedAt, "respondedAt");
    Objects.requireNonNull(fault, "fault");
    Objects.requireNonNull(result, "result");
  }

  /** Returns the time between arrival and response on the gateway's clock. */
  public Duration elapsed() {
    return Duration.between(receivedAt, respondedAt);
  }

  /** Returns whether the caller received an error. */
  public boolean failed() {
    return result.isLeft();
  }
}
