package dev.jemeni.cli;

import com.sun.net.httpserver.HttpServer;
import dev.jemeni.webhooks.InMemoryProcessedEventStore;
import dev.jemeni.webhooks.WebhookHandler;
import dev.jemeni.webhooks.WebhookHttpHandler;
import dev.jemeni.webhooks.WebhookProcessor;
import dev.jemeni.webhooks.WebhookReceiver;
import dev.jemeni.webhooks.WebhookSecret;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A webhook endpoint on a loopback port that verifies requests and runs a handler once each. */
final class WebhookListener implements AutoCloseable {

  static final String PATH = "/webhooks/jemeni";

  private final HttpServer server;
  private final ExecutorService executor;

  private WebhookListener(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  static WebhookListener start(
      String host, int port, WebhookSecret secret, WebhookHandler handler) {
    WebhookProcessor processor =
        new WebhookProcessor(
            WebhookReceiver.builder().secret(secret).build(),
            new InMemoryProcessedEventStore(),
            handler);
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 64);
      ExecutorService executor = Executors.newFixedThreadPool(4);
      server.createContext(PATH, new WebhookHttpHandler(processor));
      server.setExecutor(executor);
      server.start();
      return new WebhookListener(server, executor);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "could not listen on " + host + ":" + port + ": choose another port", e);
    }
  }

  URI url() {
    InetSocketAddress address = server.getAddress();
    return URI.create("http://" + address.getHostString() + ":" + address.getPort() + PATH);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
