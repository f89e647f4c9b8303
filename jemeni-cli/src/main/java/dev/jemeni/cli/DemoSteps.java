package dev.jemeni.cli;

import java.io.PrintWriter;
import java.util.function.Supplier;

/** Runs the demo's numbered steps, printing what was sent, what came back and how long it took. */
final class DemoSteps {

  private final PrintWriter out;
  private final int total;
  private int number;
  private int failed;

  DemoSteps(PrintWriter out, int total) {
    this.out = out;
    this.total = total;
  }

  /**
   * Runs one step. The step returns what came back; it throws {@link StepFailed} when that is not
   * what the step expected.
   */
  void run(String title, String sent, Supplier<String> step) {
    number++;
    out.printf("[%d/%d] %s%n", number, total, title);
    out.printf("      sent: %s%n", sent);
    long started = System.nanoTime();
    try {
      String received = step.get();
      out.printf("      got:  %s%n", received.replace("\n", "\n            "));
      out.printf("      ok in %d ms%n", elapsedMillis(started));
    } catch (StepFailed e) {
      failed++;
      out.printf("      FAILED after %d ms: %s%n", elapsedMillis(started), e.getMessage());
    }
    out.flush();
  }

  boolean allPassed() {
    return failed == 0 && number == total;
  }

  int failed() {
    return failed;
  }

  private static long elapsedMillis(long started) {
    return (System.nanoTime() - started) / 1_000_000;
  }

  /** A step whose result was not the expected one. */
  static final class StepFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StepFailed(String message) {
      super(message);
    }
  }
}
