package dev.jemeni.adapter.out.fake;

import dev.jemeni.domain.command.Operation;
import dev.jemeni.domain.error.JemeniError;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The faults and latency a test scripts into a {@link FakeJemeniGateway}.
 *
 * <p>Fault rules apply in the order they were added: each call consumes one use of the first rule
 * that matches its operation, and a rule with no use left is dropped. Latency is waited for through
 * the gateway's {@link Sleeper} before the call is processed, whether a fault applies or not.
 * Thread-safe; the methods return this scenario so calls can be chained.
 */
public final class FakeScenario {

  private static final int UNLIMITED = -1;

  private final List<Rule> rules = new ArrayList<>();
  private final Map<Operation, Duration> latencyByOperation = new EnumMap<>(Operation.class);
  private Duration latency = Duration.ZERO;

  FakeScenario() {}

  /** Makes the next call, whatever its operation, fail with {@code fault}. */
  public FakeScenario failNext(Fault fault) {
    return failNext(1, fault);
  }

  /** Makes the next call, whatever its operation, return {@code error} without processing it. */
  public FakeScenario failNext(JemeniError error) {
    return failNext(Fault.reject(error));
  }

  /** Makes the next {@code calls} calls, whatever their operation, fail with {@code fault}. */
  public FakeScenario failNext(int calls, Fault fault) {
    return add(Option.none(), requirePositive(calls), fault);
  }

  /** Makes the next call of {@code operation} fail with {@code fault}, and let other calls pass. */
  public FakeScenario failNext(Operation operation, Fault fault) {
    return failNext(operation, 1, fault);
  }

  /** Makes the next {@code calls} calls of {@code operation} fail with {@code fault}. */
  public FakeScenario failNext(Operation operation, int calls, Fault fault) {
    Objects.requireNonNull(operation, "operation");
    return add(Option.some(operation), requirePositive(calls), fault);
  }

  /** Makes every call of {@code operation} fail with {@code fault} until {@link #reset()}. */
  public FakeScenario failEvery(Operation operation, Fault fault) {
    Objects.requireNonNull(operation, "operation");
    return add(Option.some(operation), UNLIMITED, fault);
  }

  /** Sets the latency of every operation without its own latency. Zero turns it off. */
  public synchronized FakeScenario latency(Duration latency) {
    this.latency = requireNotNegative(latency);
    return this;
  }

  /** Sets the latency of one operation, overriding {@link #latency(Duration)}. */
  public synchronized FakeScenario latency(Operation operation, Duration latency) {
    Objects.requireNonNull(operation, "operation");
    latencyByOperation.put(operation, requireNotNegative(latency));
    return this;
  }

  /** Removes every fault rule and every latency. */
  public synchronized void reset() {
    rules.clear();
    latencyByOperation.clear();
    latency = Duration.ZERO;
  }

  /** Returns the number of fault rules that still have a use left. */
  public synchronized int pendingRules() {
    return rules.size();
  }

  synchronized Duration latencyFor(Operation operation) {
    return latencyByOperation.getOrDefault(operation, latency);
  }

  /** Consumes one use of the first rule matching {@code operation}. */
  synchronized Option<Fault> takeFault(Operation operation) {
    Iterator<Rule> iterator = rules.iterator();
    while (iterator.hasNext()) {
      Rule rule = iterator.next();
      if (rule.operation.isEmpty() || rule.operation.get() == operation) {
        if (rule.remaining != UNLIMITED && --rule.remaining == 0) {
          iterator.remove();
        }
        return Option.some(rule.fault);
      }
    }
    return Option.none();
  }

  private synchronized FakeScenario add(Option<Operation> operation, int uses, Fault fault) {
    Objects.requireNonNull(fault, "fault");
    rules.add(new Rule(operation, uses, fault));
    return this;
  }

  private static int requirePositive(int calls) {
    if (calls < 1) {
      throw new IllegalArgumentException("calls " + calls + " is invalid: pass 1 or more");
    }
    return calls;
  }

  private static Duration requireNotNegative(Duration latency) {
    Objects.requireNonNull(latency, "latency");
    if (latency.isNegative()) {
      throw new IllegalArgumentException(
          "latency " + latency + " is negative: pass zero or a positive duration");
    }
    return latency;
  }

  /** One fault rule; its count is guarded by the scenario's lock. */
  private static final class Rule {
    private final Option<Operation> operation;
    private final Fault fault;
    private int remaining;

    private Rule(Option<Operation> operation, int remaining, Fault fault) {
      this.operation = operation;
      this.remaining = remaining;
      this.fault = fault;
    }
  }
}
