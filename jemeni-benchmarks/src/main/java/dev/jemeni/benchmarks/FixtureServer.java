package dev.jemeni.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A JDK HTTP server on 127.0.0.1 that answers every request with one fixed JSON body.
 *
 * <p>It checks no signature, so a benchmark against it measures the client. Connections stay open
 * between requests (HTTP/1.1 keep-alive, the JDK server's default).
 */
final class FixtureServer implements AutoCloseable {

  /** Handler threads; each response is a prepared array, so a handler waits only on its socket. */
  private static final int THREADS = 4;

  private static final String NODELAY = "sun.net.httpserver.nodelay";

  private final HttpServer server;
  private final ExecutorService executor;

  private FixtureServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /**
   * Starts a server on a free port that answers 200 with {@code body}.
   *
   * <p>The JDK server writes the response headers and the body in two writes. Without TCP_NODELAY,
   * Nagle's algorithm holds the body until the client acknowledges the headers, which a delayed ACK
   * puts off by about 40 ms on Linux, so every keep-alive call would take 40 ms whichever client
   * sends it. The JDK server reads {@code sun.net.httpserver.nodelay} once, when the first server
   * of the JVM starts.
   */
  static FixtureServer start(byte[] body) {
    if (System.getProperty(NODELAY) == null) {
      System.setProperty(NODELAY, "true");
    }
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 128);
      ExecutorService executor = Executors.newFixedThreadPool(THREADS);
      server.createContext("/", exchange -> answer(exchange, body));
      server.setExecutor(executor);
      server.start();
      return new FixtureServer(server, executor);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the fixture server on 127.0.0.1", e);
    }
  }

  /** Returns {@code http://127.0.0.1:PORT/api}, the base URL a client is given. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api";
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private static void answer(HttpExchange exchange, byte[] body) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      in.readAllBytes();
    }
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
