package dev.jemeni.adapter.out.fake;

import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Delivers events to listeners on the thread that caused them, after every lock is released. */
final class EventBus {

  private final CopyOnWriteArrayList<Consumer<? super FakeEvent>> listeners =
      new CopyOnWriteArrayList<>();

  void add(Consumer<? super FakeEvent> listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  boolean remove(Consumer<? super FakeEvent> listener) {
    return listeners.remove(listener);
  }

  void publish(Iterable<FakeEvent> events) {
    for (FakeEvent event : events) {
      listeners.forEach(listener -> deliver(listener, event));
    }
  }

  /**
   * Hands a listener's exception to the thread's uncaught-exception handler, so one failing
   * listener neither stops the others nor makes a gateway method throw.
   */
  private static void deliver(Consumer<? super FakeEvent> listener, FakeEvent event) {
    try {
      listener.accept(event);
    } catch (RuntimeException e) {
      Thread thread = Thread.currentThread();
      thread.getUncaughtExceptionHandler().uncaughtException(thread, e);
    }
  }
}
