package dev.jemeni.webhooks;

/**
 * Port to the store of event keys that {@link WebhookProcessor} uses to run a handler once per
 * event.
 *
 * <p>A key moves from absent to in progress ({@link #recordIfAbsent}), then either to processed
 * ({@link #markProcessed}) or back to absent ({@link #remove}) when the handler failed, so the
 * service's retry runs it again. Implementations must be thread-safe, and {@link #recordIfAbsent}
 * must be atomic: of many concurrent calls with one key, exactly one returns {@link
 * RecordResult#RECORDED}. A database implementation gets that from a unique constraint.
 *
 * <p>Keep keys at least as long as {@link Tolerance#past()}, because an older event is rejected as
 * stale anyway. A persistent implementation should let an in-progress key expire after a lease
 * longer than the handler's longest run, so a crash during the handler does not block the event
 * forever.
 */
public interface ProcessedEventStore {

  /** Records {@code key} as in progress unless it is already recorded, in one atomic step. */
  RecordResult recordIfAbsent(EventKey key);

  /** Marks an in-progress key as processed, after its handler returned. */
  void markProcessed(EventKey key);

  /** Forgets a key whose handler failed, so the next delivery of the event runs the handler. */
  void remove(EventKey key);

  /** The state {@link #recordIfAbsent} found for a key. */
  enum RecordResult {
    /** The key was absent and is now recorded as in progress by this call. */
    RECORDED,
    /** Another delivery of the event is running its handler now. */
    IN_PROGRESS,
    /** The event was processed before. */
    PROCESSED
  }
}
