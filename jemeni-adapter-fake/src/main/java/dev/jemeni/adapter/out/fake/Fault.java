package dev.jemeni.adapter.out.fake;

import dev.jemeni.domain.error.JemeniError;
import java.util.Objects;

/**
 * A failure that a {@link FakeScenario} injects into a call instead of the normal response.
 *
 * <p>A fault either rejects the call before the fake processes it, or loses the response. A lost
 * response becomes {@link dev.jemeni.domain.error.OutcomeUnknown} carrying the command for an
 * operation that is not idempotent (send payment, create subscription), and {@link
 * dev.jemeni.domain.error.TransportFailed} for an idempotent one, as an HTTP adapter reports a read
 * timeout.
 */
public sealed interface Fault permits Fault.Reject, Fault.LostResponse {

  /** Returns a fault that returns {@code error} and leaves the fake's state unchanged. */
  static Fault reject(JemeniError error) {
    return new Reject(error);
  }

  /**
   * Returns a fault where the fake processes the call, so its state changes, and the response is
   * lost: the service acted but the client never learned it.
   *
   * @param cause what the client saw, such as {@code Read timed out}
   */
  static Fault processedResponseLost(String cause) {
    return new LostResponse(cause, true);
  }

  /**
   * Returns a fault where the response is lost and the fake did not process the call: the request
   * never reached the service, but the client cannot tell that apart from a lost response.
   *
   * @param cause what the client saw, such as {@code Connection reset}
   */
  static Fault unprocessedResponseLost(String cause) {
    return new LostResponse(cause, false);
  }

  /**
   * Returns a fixed error without processing the call.
   *
   * @param error the error returned, which may be any domain error, an {@code OutcomeUnknown}
   *     included
   */
  record Reject(JemeniError error) implements Fault {

    /** Rejects a null error. */
    public Reject {
      Objects.requireNonNull(error, "error");
    }
  }

  /**
   * Loses the response to a call, after processing it or not.
   *
   * @param cause what the client saw, such as {@code Read timed out}
   * @param processed whether the fake applied the call to its state before losing the response
   */
  record LostResponse(String cause, boolean processed) implements Fault {

    /** Rejects a null cause. */
    public LostResponse {
      Objects.requireNonNull(cause, "cause");
    }
  }
}
