package dev.jemeni.adapter.out.feign;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Sends Feign's requests with the JDK HTTP client and reads each whole body into memory.
 *
 * <p>The request timeout is the read timeout and covers the wait for the response headers; {@link
 * BoundedBody} gives the body the same time again and keeps at most {@link Exchange#MAX_BODY_BYTES}
 * plus one byte. The body is complete before Feign's logger and the adapter see it, so neither can
 * block. The call uses the blocking {@code send}: {@code sendAsync} completes its future on the
 * common pool, which adds a thread hand-off to every call.
 */
final class JdkClient implements Client {

  /** Headers the JDK client sets itself and rejects from the caller. */
  private static final Set<String> RESTRICTED =
      Set.of("connection", "content-length", "expect", "host", "upgrade");

  private final HttpClient http;

  JdkClient(HttpClient http) {
    this.http = http;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    long timeoutMillis = options.readTimeoutMillis();
    HttpResponse.BodyHandler<byte[]> body =
        BoundedBody.handler(Exchange.MAX_BODY_BYTES + 1, timeoutMillis);
    HttpResponse<byte[]> response = send(toJdk(request, timeoutMillis), body);
    return Response.builder()
        .request(request)
        .status(response.statusCode())
        .headers(headersOf(response))
        .body(response.body())
        .build();
  }

  private HttpResponse<byte[]> send(HttpRequest request, HttpResponse.BodyHandler<byte[]> body)
      throws IOException {
    try {
      return http.send(request, body);
    } catch (InterruptedException e) {
      // The JDK client has cancelled the exchange; the caller sees an I/O failure.
      // NOTE: a thread already interrupted sends nothing, yet a payment is still reported as an
      // unknown outcome, because this exception does not tell the two cases apart.
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted =
          new InterruptedIOException("interrupted while waiting for the response");
      interrupted.initCause(e);
      throw interrupted;
    }
  }

  private static HttpRequest toJdk(Request request, long timeoutMillis) {
    byte[] body = request.body();
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(request.url())).timeout(Duration.ofMillis(timeoutMillis));
    boolean empty = body == null || body.length == 0;
    if (empty && request.httpMethod() == Request.HttpMethod.GET) {
      // Any body publisher, an empty one too, adds Content-Length: 0; JDK 25 omits it for GET().
      builder.GET();
    } else {
      builder.method(
          request.httpMethod().name(),
          body == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(body));
    }
    request
        .headers()
        .forEach(
            (name, values) -> {
              if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> builder.header(name, value));
              }
            });
    return builder.build();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Map<String, Collection<String>> headersOf(HttpResponse<?> response) {
    // HttpHeaders contains List values; Feign only reads them as Collection.
    return (Map) response.headers().map();
  }
}
