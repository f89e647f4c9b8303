package dev.jemeni.adapter.out.feign;

import dev.jemeni.domain.error.HttpStatusError;
import dev.jemeni.domain.error.HttpStatusError.BadGateway;
import dev.jemeni.domain.error.HttpStatusError.BadRequest;
import dev.jemeni.domain.error.HttpStatusError.Forbidden;
import dev.jemeni.domain.error.HttpStatusError.GatewayTimeout;
import dev.jemeni.domain.error.HttpStatusError.InternalServerError;
import dev.jemeni.domain.error.HttpStatusError.NotFound;
import dev.jemeni.domain.error.HttpStatusError.NotImplemented;
import dev.jemeni.domain.error.HttpStatusError.Redirected;
import dev.jemeni.domain.error.HttpStatusError.ServiceUnavailable;
import dev.jemeni.domain.error.HttpStatusError.TooManyRequests;
import dev.jemeni.domain.error.HttpStatusError.Unauthorized;
import dev.jemeni.domain.error.HttpStatusError.UnexpectedStatus;
import io.vavr.control.Option;
import java.time.Clock;

/** Maps an HTTP status whose body carries no API code to its domain error. */
final class HttpStatuses {

  private HttpStatuses() {}

  static HttpStatusError error(ApiReply reply, Clock clock) {
    String excerpt = reply.excerpt();
    int status = reply.status();
    if (status >= 300 && status < 400) {
      return new Redirected(status, Option.of(reply.header("Location")), excerpt);
    }
    return switch (status) {
      case 400 -> new BadRequest(excerpt);
      case 401 -> new Unauthorized(excerpt);
      case 403 -> new Forbidden(excerpt);
      case 404 -> new NotFound(excerpt);
      case 429 ->
          new TooManyRequests(RetryAfter.parse(reply.header("Retry-After"), clock), excerpt);
      case 500 -> new InternalServerError(excerpt);
      case 501 -> new NotImplemented(excerpt);
      case 502 -> new BadGateway(excerpt);
      case 503 -> new ServiceUnavailable(excerpt);
      case 504 -> new GatewayTimeout(excerpt);
      default -> new UnexpectedStatus(status, excerpt);
    };
  }
}
