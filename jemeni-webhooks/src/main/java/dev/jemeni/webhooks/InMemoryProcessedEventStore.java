package dev.jemeni.webhooks;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A {@link ProcessedEventStore} in a {@link ConcurrentHashMap}, for one JVM and for tests.
 *
 * <p>NOTE: keys are kept until the JVM stops and are never evicted, so memory grows with every
 * event, and a restart loses them, so a replay after a restart runs the handler again. Use a
 * persistent store when several instances receive webhooks or events must survive restarts.
 */
public final class InMemoryProcessedEventStore implements ProcessedEventStore {

  private final ConcurrentMap<EventKey, RecordResult> keys = new ConcurrentHashMap<>();

  /** Creates an empty store. */
  public InMemoryProcessedEventStore() {}

  @Override
  public RecordResult recordIfAbsent(EventKey key) {
    Objects.requireNonNull(key, "key");
    RecordResult previous = keys.putIfAbsent(key, RecordResult.IN_PROGRESS);
    return previous == null ? RecordResult.RECORDED : previous;
  }

  @Override
  public void markProcessed(EventKey key) {
    keys.put(Objects.requireNonNull(key, "key"), RecordResult.PROCESSED);
  }

  @Override
  public void remove(EventKey key) {
    keys.remove(Objects.requireNonNull(key, "key"));
  }

  /** Returns how many keys the store holds, in progress or processed. */
  public int size() {
    return keys.size();
  }

  @Override
  public String toString() {
    return "InMemoryProcessedEventStore[keys=" + keys.size() + "]";
  }
}
