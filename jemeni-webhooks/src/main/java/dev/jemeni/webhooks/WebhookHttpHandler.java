package dev.jemeni.webhooks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Serves a {@link WebhookProcessor} from the JDK's built-in HTTP server, so receiving webhooks
 * needs no web framework.
 *
 * <p>It reads the body bytes unchanged, accepts POST only, rejects a body over {@link
 * #MAX_BODY_BYTES} with 413, and writes the status with the reason as a plain-text body. Mount it
 * with {@code HttpServer.createContext(path, handler)}.
 */
public final class WebhookHttpHandler implements HttpHandler {

  /**
   * The largest body read, 1 MiB. A documented event is a few hundred bytes; the bound keeps an
   * endpoint open to the internet from reading arbitrarily large bodies into memory.
   */
  public static final int MAX_BODY_BYTES = 1 << 20;

  private final WebhookProcessor processor;

  /** Creates a handler that passes every POST to {@code processor}. */
  public WebhookHttpHandler(WebhookProcessor processor) {
    this.processor = Objects.requireNonNull(processor, "processor");
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equalsIgnoreCase(exchange.getRequestMethod())) {
        exchange.getResponseHeaders().add("Allow", "POST");
        respond(exchange, 405, "webhooks are received with POST only");
        return;
      }
      byte[] body = readBody(exchange);
      if (body.length > MAX_BODY_BYTES) {
        respond(exchange, 413, "webhook body exceeds " + MAX_BODY_BYTES + " bytes");
        return;
      }

      ProcessingResult result = processor.process(body, exchange.getRequestHeaders());

      respond(exchange, result.httpStatus(), result.reason());
    }
  }

  private static byte[] readBody(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      // One byte more than the limit tells an oversized body from one of exactly the limit.
      return in.readNBytes(MAX_BODY_BYTES + 1);
    }
  }

  private static void respond(HttpExchange exchange, int status, String reason) throws IOException {
    byte[] bytes = (reason + "\n").getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
