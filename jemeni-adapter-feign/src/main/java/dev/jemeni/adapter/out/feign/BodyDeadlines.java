package dev.jemeni.adapter.out.feign;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Ends the reading of response bodies that take longer than their read timeout.
 *
 * <p>One daemon thread serves every client in the JVM. Deadlines with the same timeout expire in
 * the order they start, so each timeout has its own queue and the thread only looks at the head of
 * each queue. A call that starts or ends a deadline never wakes the thread: it sleeps until the
 * earliest head is due, and never longer than the shortest timeout, which covers a deadline added
 * to an empty queue while it sleeps. Only a timeout shorter than all earlier ones wakes it. Unlike
 * a {@code ScheduledThreadPoolExecutor}, which wakes its thread whenever a task becomes the
 * earliest and takes one lock per task, nothing here blocks or wakes a thread per call.
 *
 * <p>NOTE: the thread runs until the JVM exits and wakes at least once per shortest read timeout
 * any client has used, even when idle: once a second after a client with a 1 s timeout.
 */
final class BodyDeadlines {

  /** The deadlines of all clients in this JVM. */
  static final BodyDeadlines SHARED = new BodyDeadlines("jemeni-body-timeout");

  private final String threadName;
  private final Map<Long, Queue<Deadline>> queues = new ConcurrentHashMap<>();
  private volatile long shortestTimeoutNanos = Long.MAX_VALUE;
  private volatile Thread thread;

  BodyDeadlines(String threadName) {
    this.threadName = threadName;
  }

  /**
   * Starts a deadline that runs {@code onExpiry} on this class's thread once {@code timeoutNanos}
   * have passed, unless it is cancelled first.
   */
  Deadline start(long timeoutNanos, Runnable onExpiry) {
    Queue<Deadline> queue = queues.computeIfAbsent(timeoutNanos, this::newQueue);
    Deadline deadline = new Deadline(queue, System.nanoTime() + timeoutNanos, onExpiry);
    queue.add(deadline);
    return deadline;
  }

  private synchronized Queue<Deadline> newQueue(long timeoutNanos) {
    if (timeoutNanos < shortestTimeoutNanos) {
      shortestTimeoutNanos = timeoutNanos;
      // The thread may be asleep for longer than this new timeout.
      LockSupport.unpark(startedThread());
    }
    return new ConcurrentLinkedQueue<>();
  }

  private Thread startedThread() {
    Thread current = thread;
    if (current != null) {
      return current;
    }
    synchronized (this) {
      if (thread == null) {
        Thread started = new Thread(this::run, threadName);
        started.setDaemon(true);
        // Started by whichever caller comes first; it needs none of that caller's class loaders.
        started.setContextClassLoader(null);
        started.start();
        thread = started;
      }
      return thread;
    }
  }

  private void run() {
    while (!Thread.currentThread().isInterrupted()) {
      long now = System.nanoTime();
      long sleep = shortestTimeoutNanos;
      for (Queue<Deadline> queue : queues.values()) {
        sleep = Math.min(sleep, expireDue(queue, now));
      }
      LockSupport.parkNanos(this, sleep);
    }
  }

  /** Expires the due deadlines at the head of the queue and returns the time to the next one. */
  private static long expireDue(Queue<Deadline> queue, long now) {
    for (Deadline head = queue.peek(); head != null; head = queue.peek()) {
      long left = head.dueAt - now;
      if (left > 0) {
        return left;
      }
      queue.remove(head);
      try {
        head.expire();
      } catch (RuntimeException | Error e) {
        // The action belongs to one call. If this thread ended, every later stalled body would
        // block its caller forever, so it goes on serving the others.
      }
    }
    return Long.MAX_VALUE;
  }

  /** One started deadline. */
  static final class Deadline {

    private final Queue<Deadline> queue;
    private final long dueAt;
    private final Runnable onExpiry;
    private final AtomicBoolean ended = new AtomicBoolean();

    private Deadline(Queue<Deadline> queue, long dueAt, Runnable onExpiry) {
      this.queue = queue;
      this.dueAt = dueAt;
      this.onExpiry = onExpiry;
    }

    /** Ends the deadline without running its action; does nothing after it expired. */
    void cancel() {
      if (ended.compareAndSet(false, true)) {
        // Removed at once so that finished calls do not pile up until their due time.
        queue.remove(this);
      }
    }

    private void expire() {
      if (ended.compareAndSet(false, true)) {
        onExpiry.run();
      }
    }
  }
}
