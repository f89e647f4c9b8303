package dev.jemeni.adapter.out.feign;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads the whole response body inside the HTTP client, within the read timeout.
 *
 * <p>The JDK client's request timeout ends when the response headers arrive, so a server that
 * stalls in the middle of the body would block the reader forever. This client gives the body
 * another read timeout after the headers and then closes the stream, which the caller sees as an
 * {@link HttpTimeoutException}. The body is read before Feign's logger and the adapter see it, so
 * neither can block. At most {@link Exchange#MAX_BODY_BYTES} plus one byte are kept.
 */
final class BufferingClient implements Client {

  private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

  private final Client delegate;

  BufferingClient(Client delegate) {
    this.delegate = delegate;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    Response response = delegate.execute(request, options);
    if (response.body() == null) {
      return response;
    }
    byte[] body = readWithin(response.body().asInputStream(), options.readTimeoutMillis());
    return response.toBuilder().body(body).build();
  }

  private static byte[] readWithin(InputStream in, long timeoutMillis) throws IOException {
    AtomicBoolean expired = new AtomicBoolean();
    ScheduledFuture<?> deadline =
        WATCHDOG.schedule(() -> expire(in, expired), timeoutMillis, TimeUnit.MILLISECONDS);
    try (in) {
      byte[] body = in.readNBytes(Exchange.MAX_BODY_BYTES + 1);
      if (expired.get()) {
        throw timedOut(timeoutMillis);
      }
      return body;
    } catch (IOException e) {
      if (expired.get()) {
        throw timedOut(timeoutMillis);
      }
      throw e;
    } finally {
      deadline.cancel(false);
    }
  }

  private static void expire(InputStream in, AtomicBoolean expired) {
    expired.set(true);
    try {
      in.close();
    } catch (IOException ignored) {
      // Closing only unblocks the reader, which then reports the timeout.
    }
  }

  private static HttpTimeoutException timedOut(long timeoutMillis) {
    return new HttpTimeoutException(
        "response body not complete " + timeoutMillis + " ms after the headers");
  }

  private static ScheduledThreadPoolExecutor watchdog() {
    ScheduledThreadPoolExecutor executor =
        new ScheduledThreadPoolExecutor(
            1,
            task -> {
              Thread thread = new Thread(task, "jemeni-body-timeout");
              thread.setDaemon(true);
              return thread;
            });
    executor.setRemoveOnCancelPolicy(true);
    return executor;
  }
}
