package dev.jemeni.adapter.out.fake;

import dev.jemeni.domain.command.Command;
import dev.jemeni.domain.command.Operation;
import dev.jemeni.domain.error.Idempotency;
import dev.jemeni.domain.error.JemeniError;
import dev.jemeni.domain.error.OutcomeUnknown;
import dev.jemeni.domain.error.TransportFailed;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** Runs every gateway call the same way: latency, then any fault, then the record in the log. */
final class CallRunner {

  /** The target named in a {@link TransportFailed} for a lost response. */
  static final String TARGET = "fake-jemeni";

  private final Clock clock;
  private final Sleeper sleeper;
  private final FakeScenario scenario;
  private final CallLog log;

  CallRunner(Clock clock, Sleeper sleeper, FakeScenario scenario, CallLog log) {
    this.clock = clock;
    this.sleeper = sleeper;
    this.scenario = scenario;
    this.log = log;
  }

  <T> Either<JemeniError, T> run(
      Operation operation, Option<Command> command, Supplier<Either<JemeniError, T>> action) {
    long sequence = log.nextSequence();
    Instant receivedAt = clock.instant();
    Duration latency = scenario.latencyFor(operation);
    if (!latency.isZero()) {
      sleeper.sleep(latency);
    }

    Option<Fault> fault = scenario.takeFault(operation);
    boolean processed = fault.map(CallRunner::processes).getOrElse(true);
    Either<JemeniError, T> result = respond(fault, processed, operation, command, action);

    log.add(
        new RecordedCall(
            sequence,
            operation,
            command,
            receivedAt,
            clock.instant(),
            fault,
            processed,
            Either.narrow(result)));
    return result;
  }

  private static <T> Either<JemeniError, T> respond(
      Option<Fault> fault,
      boolean processed,
      Operation operation,
      Option<Command> command,
      Supplier<Either<JemeniError, T>> action) {
    if (fault.isEmpty()) {
      return action.get();
    }
    if (processed) {
      // The service acted, and the fault loses its response.
      action.get();
    }
    return Either.left(faultError(fault.get(), operation, command));
  }

  private static boolean processes(Fault fault) {
    return fault instanceof Fault.LostResponse lost && lost.processed();
  }

  private static JemeniError faultError(Fault fault, Operation operation, Option<Command> command) {
    if (fault instanceof Fault.Reject reject) {
      return reject.error();
    }
    String cause = ((Fault.LostResponse) fault).cause();
    if (operation.idempotency() == Idempotency.NOT_IDEMPOTENT && command.isDefined()) {
      return new OutcomeUnknown(command.get(), cause);
    }
    return new TransportFailed(TARGET, cause);
  }
}
