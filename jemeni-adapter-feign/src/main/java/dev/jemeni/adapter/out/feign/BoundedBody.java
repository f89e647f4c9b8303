package dev.jemeni.adapter.out.feign;

import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Collects a response body into one array, keeping at most a fixed number of bytes, within a read
 * timeout that starts when the response headers arrive.
 *
 * <p>The JDK client's request timeout ends when the headers arrive, so a server that stalls in the
 * middle of the body would block the caller forever. When the body is not complete in time, the
 * body fails with an {@link HttpTimeoutException} and the subscription is cancelled, which closes
 * the connection. Once the size limit is reached the subscription is cancelled too, instead of
 * reading the rest of an oversized body. The array is sized from {@code Content-Length}, up to 64
 * KiB, so the subscriber copies a typical body once.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {

  private static final int UNKNOWN_LENGTH_START = 8192;

  /** The most allocated before any byte arrives, whatever {@code Content-Length} claims. */
  private static final int MAX_FIRST_ALLOCATION = 64 * 1024;

  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private final AtomicBoolean cancelled = new AtomicBoolean();
  private final int limit;
  private final long timeoutNanos;
  private byte[] bytes;
  private int size;
  private volatile Flow.Subscription subscription;
  private volatile BodyDeadlines.Deadline deadline;

  private BoundedBody(int limit, long contentLength, long timeoutNanos) {
    this.limit = limit;
    this.timeoutNanos = timeoutNanos;
    long expected = contentLength < 0 ? UNKNOWN_LENGTH_START : contentLength;
    this.bytes = new byte[(int) Math.min(Math.min(limit, MAX_FIRST_ALLOCATION), expected)];
  }

  /**
   * Returns a handler that reads each body with this limit and timeout.
   *
   * @param limit the most bytes of a body kept
   * @param timeoutMillis the time the body may take after the headers
   */
  static HttpResponse.BodyHandler<byte[]> handler(int limit, long timeoutMillis) {
    long timeoutNanos = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    return info -> {
      long contentLength = info.headers().firstValueAsLong("content-length").orElse(-1);
      return new BoundedBody(limit, contentLength, timeoutNanos);
    };
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    deadline = BodyDeadlines.SHARED.start(timeoutNanos, this::expire);
    subscription.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    for (ByteBuffer buffer : buffers) {
      if (result.isDone()) {
        return;
      }
      append(buffer);
    }
  }

  @Override
  public void onError(Throwable failure) {
    endDeadline();
    result.completeExceptionally(failure);
  }

  @Override
  public void onComplete() {
    finish();
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  private void append(ByteBuffer buffer) {
    int count = Math.min(buffer.remaining(), limit - size);
    if (size + count > bytes.length) {
      long grown = Math.max(2L * bytes.length, size + count);
      bytes = Arrays.copyOf(bytes, (int) Math.min(limit, grown));
    }
    buffer.get(bytes, size, count);
    size += count;
    if (size == limit) {
      cancelSubscription();
      finish();
    }
  }

  private void finish() {
    endDeadline();
    result.complete(size == bytes.length ? bytes : Arrays.copyOf(bytes, size));
  }

  /** Runs on the deadline thread when the body is late. */
  private void expire() {
    long timeoutMillis = TimeUnit.NANOSECONDS.toMillis(timeoutNanos);
    boolean late =
        result.completeExceptionally(
            new HttpTimeoutException(
                "response body not complete " + timeoutMillis + " ms after the headers"));
    if (late) {
      cancelSubscription();
    }
  }

  private void endDeadline() {
    BodyDeadlines.Deadline started = deadline;
    if (started != null) {
      started.cancel();
    }
  }

  private void cancelSubscription() {
    if (cancelled.compareAndSet(false, true)) {
      subscription.cancel();
    }
  }
}
