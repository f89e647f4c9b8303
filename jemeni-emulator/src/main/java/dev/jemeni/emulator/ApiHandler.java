package dev.jemeni.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Handles every request under {@code /api}: authenticates, injects faults, then routes. */
final class ApiHandler implements HttpHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);

  private final ObjectMapper mapper;
  private final RequestAuthenticator authenticator;
  private final Faults faults;
  private final ApiRoutes routes;
  private final ErrorBodies errors;
  private final AtomicLong received = new AtomicLong();

  private final Option<String> publicBaseUrl;

  ApiHandler(
      ObjectMapper mapper,
      RequestAuthenticator authenticator,
      Faults faults,
      ApiRoutes routes,
      Option<String> publicBaseUrl) {
    this.publicBaseUrl = publicBaseUrl;
    this.mapper = mapper;
    this.authenticator = authenticator;
    this.faults = faults;
    this.routes = routes;
    this.errors = new ErrorBodies(mapper);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    received.incrementAndGet();
    try {
      Option<ApiRequest> request = read(exchange);
      if (request.isEmpty()) {
        write(exchange, errors.plain(404, "Not Found: use /api/sandbox/… or /api/live/…"));
        return;
      }
      answer(exchange, request.get());
    } catch (RuntimeException e) {
      LOG.error(
          "Emulator failed on {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), e);
      write(exchange, errors.plain(500, "Internal Server Error"));
    } finally {
      exchange.close();
    }
  }

  private void answer(HttpExchange exchange, ApiRequest request) throws IOException {
    Option<Rejection> rejection = authenticator.check(request);
    if (rejection.isDefined()) {
      LOG.info("Rejected {} {}: {}", request.method(), request.path(), rejection.get().message());
      write(exchange, errors.plain(rejection.get().status(), rejection.get().message()));
      return;
    }
    Option<Fault> fault = faults.take(request.path());
    if (fault.isDefined() && answerFault(exchange, request, fault.get())) {
      return;
    }
    write(exchange, routes.route(request));
  }

  /** Applies a fault and returns whether the exchange is finished. */
  private boolean answerFault(HttpExchange exchange, ApiRequest request, Fault fault)
      throws IOException {
    LOG.info("Injecting {} into {} {}", fault, request.method(), request.path());
    if (fault instanceof Fault.Status status) {
      write(exchange, errors.plain(status.status(), "Injected fault"));
    } else if (fault instanceof Fault.RateLimited limited) {
      exchange
          .getResponseHeaders()
          .set("Retry-After", Long.toString(limited.retryAfter().toSeconds()));
      write(exchange, errors.plain(429, "Too Many Requests"));
    } else if (fault instanceof Fault.ApiCode code) {
      write(exchange, errors.apiCode(code.code(), code.status(), "Injected code " + code.code()));
    } else if (fault instanceof Fault.Delay delay) {
      sleep(delay);
      return false;
    } else {
      routes.route(request);
      // Closing the exchange before any response header is sent closes the connection, which is
      // what a client sees when a proxy gives up after the service processed the request.
    }
    return true;
  }

  private Option<ApiRequest> read(HttpExchange exchange) throws IOException {
    String rawPath = exchange.getRequestURI().getRawPath();
    boolean sandbox = rawPath.startsWith("/api/sandbox/");
    if (!sandbox && !rawPath.startsWith("/api/live/")) {
      return Option.none();
    }
    String path = rawPath.substring(sandbox ? "/api/sandbox".length() : "/api/live".length());
    String rawQuery = exchange.getRequestURI().getRawQuery();
    String url = signedBase(exchange) + rawPath.substring("/api".length());
    url = rawQuery == null ? url : url + "?" + rawQuery;
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    return Option.some(
        new ApiRequest(
            exchange.getRequestMethod(),
            url,
            path,
            sandbox,
            rawQuery == null ? "" : rawQuery,
            exchange.getRequestHeaders(),
            body));
  }

  /**
   * Returns the base URL the client signed: the configured public one, as behind a proxy that
   * terminates TLS, or this server as the client addressed it in the Host header.
   */
  private String signedBase(HttpExchange exchange) {
    return publicBaseUrl.getOrElse(
        () -> "http://" + exchange.getRequestHeaders().getFirst("Host") + "/api");
  }

  private void write(HttpExchange exchange, Response response) throws IOException {
    byte[] bytes = mapper.writeValueAsBytes(response.body());
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(response.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static void sleep(Fault.Delay delay) {
    try {
      Thread.sleep(delay.delay().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  long received() {
    return received.get();
  }
}
