package dev.jemeni.emulator;

import io.vavr.control.Option;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Objects;

/**
 * The emulator's queue of planned faults. Thread-safe.
 *
 * <p>Each plan applies to the next requests, in arrival order, optionally only those whose path
 * ends with a given suffix such as {@code /send/payment}. Plans are consumed first in, first out.
 */
public final class Faults {

  private final Deque<Plan> plans = new ArrayDeque<>();

  Faults() {}

  /** Applies {@code fault} to the next {@code count} requests, whatever their path. */
  public void next(int count, Fault fault) {
    next(count, "", fault);
  }

  /**
   * Applies {@code fault} to the next {@code count} requests whose path ends with {@code
   * pathSuffix}.
   *
   * @param count how many requests, at least 1
   * @param pathSuffix the end of the path, such as {@code /send/payment}; empty for any path
   * @param fault the fault to inject
   */
  public synchronized void next(int count, String pathSuffix, Fault fault) {
    if (count < 1) {
      throw new IllegalArgumentException("fault count " + count + " is invalid: use 1 or more");
    }
    plans.addLast(
        new Plan(count, Objects.requireNonNull(pathSuffix), Objects.requireNonNull(fault)));
  }

  /**
   * Plans a fault from its command-line form {@code KIND[xCOUNT][@PATH_SUFFIX]}, such as {@code
   * 503x2@/send/payment}; see {@link Fault#parse} for the kinds. The count defaults to 1 and the
   * path to any.
   *
   * @throws IllegalArgumentException naming the text and the expected form
   */
  public void plan(String option) {
    String rest = option.strip();
    String path = "";
    int at = rest.indexOf('@');
    if (at >= 0) {
      path = rest.substring(at + 1);
      rest = rest.substring(0, at);
    }
    int count = 1;
    int times = rest.lastIndexOf('x');
    if (times > 0) {
      count = parseCount(rest.substring(times + 1), option);
      rest = rest.substring(0, times);
    }
    next(count, path, Fault.parse(rest));
  }

  /** Removes every planned fault. */
  public synchronized void clear() {
    plans.clear();
  }

  /** Returns how many planned fault applications remain. */
  public synchronized int remaining() {
    return plans.stream().mapToInt(plan -> plan.remaining).sum();
  }

  /** Takes the fault for a request with this path, if one is planned. */
  synchronized Option<Fault> take(String path) {
    Iterator<Plan> pending = plans.iterator();
    while (pending.hasNext()) {
      Plan plan = pending.next();
      if (path.endsWith(plan.pathSuffix)) {
        plan.remaining--;
        if (plan.remaining == 0) {
          pending.remove();
        }
        return Option.some(plan.fault);
      }
    }
    return Option.none();
  }

  private static int parseCount(String text, String option) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "fault '" + option + "' has an invalid count '" + text + "': use a number, as in 503x2",
          e);
    }
  }

  private static final class Plan {
    private int remaining;
    private final String pathSuffix;
    private final Fault fault;

    private Plan(int remaining, String pathSuffix, Fault fault) {
      this.remaining = remaining;
      this.pathSuffix = pathSuffix;
      this.fault = fault;
    }
  }
}
