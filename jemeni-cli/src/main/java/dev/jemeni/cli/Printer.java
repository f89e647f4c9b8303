package dev.jemeni.cli;

import dev.jemeni.domain.error.JemeniError;
import dev.jemeni.domain.error.ValidationFailed;
import dev.jemeni.domain.error.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.PrintWriter;
import java.util.function.Function;

/** Prints results as readable text or as one JSON document, and errors to stderr. */
final class Printer {

  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean json;

  Printer(PrintWriter out, PrintWriter err, boolean json) {
    this.out = out;
    this.err = err;
    this.json = json;
  }

  /** Prints the result or the error and returns the exit code. */
  <T> int print(Either<JemeniError, T> result, Function<T, String> text) {
    return result.fold(this::error, value -> success(value, text));
  }

  /** Prints input violations found before any request and returns the exit code. */
  int invalid(Seq<Violation> violations) {
    return error(new ValidationFailed(violations));
  }

  <T> int success(T value, Function<T, String> text) {
    out.println(json ? ResultJson.write(value) : text.apply(value));
    out.flush();
    return ExitCodes.OK;
  }

  int error(JemeniError error) {
    if (json) {
      out.println(ResultJson.writeError(error));
      out.flush();
    }
    // The message already names every rejected field, so it is the whole report.
    err.println(error.message());
    err.flush();
    return ExitCodes.of(error);
  }
}
