package dev.jemeni.adapter.out.feign;

import dev.jemeni.domain.error.ConnectionFailed;
import dev.jemeni.domain.error.HttpStatusError;
import dev.jemeni.domain.error.Idempotency;
import dev.jemeni.domain.error.JemeniError;
import dev.jemeni.domain.error.OutcomeUnknown;
import dev.jemeni.domain.error.TransportFailed;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;

/**
 * Decides whether a failed request may have reached the service, and maps it accordingly.
 *
 * <p>Only a failure to establish the connection proves that nothing was sent: the JDK client
 * reports it as {@link ConnectException} (refused, unreachable or unresolved host) or {@link
 * HttpConnectTimeoutException}. Anything else, a read timeout, a reset or a 502 or 504 from a
 * proxy, may come after the service acted. A read may then be repeated; sending a payment or
 * creating a subscription returns {@link OutcomeUnknown} with the command instead.
 */
final class TransportFailures {

  private TransportFailures() {}

  /**
   * Maps an exception thrown while sending or reading.
   *
   * @param target {@code host:port} for messages
   */
  static JemeniError fromException(CallContext context, Throwable thrown, String target) {
    IOException cause = firstIoException(thrown);
    String description = describe(cause == null ? thrown : cause);
    if (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException) {
      return new ConnectionFailed(target, description);
    }
    return afterSend(context, new TransportFailed(target, description), description);
  }

  /** Turns a proxy's 502 or 504 into an unknown outcome when the operation is not idempotent. */
  static JemeniError fromStatus(CallContext context, JemeniError error) {
    if (error instanceof HttpStatusError.BadGateway
        || error instanceof HttpStatusError.GatewayTimeout) {
      HttpStatusError status = (HttpStatusError) error;
      return afterSend(context, error, "HTTP " + status.status() + " from a proxy");
    }
    return error;
  }

  static boolean isIoFailure(Throwable thrown) {
    return firstIoException(thrown) != null;
  }

  private static JemeniError afterSend(CallContext context, JemeniError error, String cause) {
    if (context.operation().idempotency() == Idempotency.IDEMPOTENT) {
      return error;
    }
    return new OutcomeUnknown(context.command().get(), cause);
  }

  private static IOException firstIoException(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof IOException io) {
        return io;
      }
    }
    return null;
  }

  private static String describe(Throwable cause) {
    String message = cause.getMessage();
    String type = cause.getClass().getSimpleName();
    return message == null || message.isBlank() ? type : type + ": " + message;
  }
}
