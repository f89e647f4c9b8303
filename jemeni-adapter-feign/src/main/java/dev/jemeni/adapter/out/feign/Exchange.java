package dev.jemeni.adapter.out.feign;

import dev.jemeni.domain.error.JemeniError;
import dev.jemeni.domain.error.MalformedResponse;
import feign.FeignException;
import feign.Response;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One attempt: sends a request through Feign and reads the whole reply; the reader classifies it.
 */
final class Exchange {

  private static final Logger log = LoggerFactory.getLogger(Exchange.class);

  /** Largest body read; the largest documented reply, a plan list, is far smaller. */
  static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

  private final String target;

  /**
   * Creates the attempt runner.
   *
   * @param target {@code host:port} of the service, for transport error messages
   */
  Exchange(String target) {
    this.target = target;
  }

  /** Returns the whole reply, or the error the transport reports or an oversized body. */
  Either<JemeniError, ApiReply> send(CallContext context, Supplier<Response> request) {
    try (Response response = request.get()) {
      byte[] body = readBody(response);
      ApiReply reply = new ApiReply(response.status(), response.headers(), body);
      if (body.length > MAX_BODY_BYTES) {
        String problem = "the body is larger than " + MAX_BODY_BYTES + " bytes";
        return Either.left(new MalformedResponse(reply.status(), problem, reply.excerpt()));
      }
      return Either.right(reply);
    } catch (IOException e) {
      return transportFailure(context, e);
    } catch (FeignException e) {
      if (!TransportFailures.isIoFailure(e)) {
        throw e;
      }
      return transportFailure(context, e);
    }
  }

  private Either<JemeniError, ApiReply> transportFailure(CallContext context, Exception e) {
    log.debug("{}: the HTTP exchange with {} failed", context.describe(), target, e);
    return Either.left(TransportFailures.fromException(context, e, target));
  }

  /** Returns the body that {@link JdkClient} already read into memory. */
  private static byte[] readBody(Response response) throws IOException {
    if (response.body() == null) {
      return new byte[0];
    }
    try (InputStream in = response.body().asInputStream()) {
      return in.readAllBytes();
    }
  }
}
