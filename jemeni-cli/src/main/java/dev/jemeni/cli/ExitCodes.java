package dev.jemeni.cli;

import dev.jemeni.domain.error.ApiCodeError;
import dev.jemeni.domain.error.HttpStatusError;
import dev.jemeni.domain.error.JemeniError;
import dev.jemeni.domain.error.MalformedResponse;
import dev.jemeni.domain.error.ValidationFailed;

/** The tool's exit codes, one per kind of outcome. */
final class ExitCodes {

  /** The command succeeded. */
  static final int OK = 0;

  /** Webhook verification rejected the request. */
  static final int REJECTED = 1;

  /** The input was invalid and nothing was sent. */
  static final int INVALID_INPUT = 2;

  /** The API returned an error. */
  static final int API_ERROR = 3;

  /** The transport failed, the circuit is open, or the outcome is unknown. */
  static final int TRANSPORT = 4;

  private ExitCodes() {}

  static int of(JemeniError error) {
    if (error instanceof ValidationFailed) {
      return INVALID_INPUT;
    }
    boolean answered =
        error instanceof ApiCodeError
            || error instanceof HttpStatusError
            || error instanceof MalformedResponse;
    return answered ? API_ERROR : TRANSPORT;
  }
}
