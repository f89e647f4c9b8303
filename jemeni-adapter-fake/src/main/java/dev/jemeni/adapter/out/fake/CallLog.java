package dev.jemeni.adapter.out.fake;

import dev.jemeni.domain.command.Command;
import dev.jemeni.domain.command.Operation;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every call a {@link FakeJemeniGateway} received, in arrival order.
 *
 * <p>Thread-safe. A call appears once its response is returned, so a test reading the log while
 * other threads are still calling sees only the finished calls.
 */
public final class CallLog {

  private final AtomicLong sequence = new AtomicLong();
  private final java.util.List<RecordedCall> calls = new ArrayList<>();

  CallLog() {}

  /** Returns every recorded call, ordered by {@link RecordedCall#sequence()}. */
  public List<RecordedCall> all() {
    synchronized (calls) {
      return List.ofAll(calls).sorted(Comparator.comparingLong(RecordedCall::sequence));
    }
  }

  /** Returns the recorded calls of one operation, in arrival order. */
  public List<RecordedCall> of(Operation operation) {
    Objects.requireNonNull(operation, "operation");
    return all().filter(call -> call.operation() == operation);
  }

  /** Returns the commands of {@code type} that were sent, such as every {@code SendPayment}. */
  public <C extends Command> List<C> commands(Class<C> type) {
    Objects.requireNonNull(type, "type");
    return all().flatMap(RecordedCall::command).filter(type::isInstance).map(type::cast);
  }

  /** Returns the most recent call, or none when no call was recorded. */
  public Option<RecordedCall> last() {
    return all().lastOption();
  }

  /** Returns the number of recorded calls. */
  public int size() {
    synchronized (calls) {
      return calls.size();
    }
  }

  /** Forgets every recorded call; sequence numbers keep counting. */
  public void clear() {
    synchronized (calls) {
      calls.clear();
    }
  }

  long nextSequence() {
    return sequence.incrementAndGet();
  }

  void add(RecordedCall call) {
    synchronized (calls) {
      calls.add(call);
    }
  }
}
