package dev.jemeni.emulator;

import com.sun.net.httpserver.HttpServer;
import dev.jemeni.adapter.out.fake.FakeJemeniGateway;
import dev.jemeni.signature.ApiCredentials;
import io.vavr.collection.Map;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running emulator of the Jemeni API on a loopback address.
 *
 * <p>Start one with {@link #builder()}; {@link #baseUrl()} is what a client uses as its base URL,
 * such as {@code http://127.0.0.1:41234/api}. Thread-safe; close it to stop the server.
 */
public final class JemeniEmulator implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(JemeniEmulator.class);

  private final HttpServer server;
  private final InetSocketAddress address;
  private final ApiHandler handler;
  private final ExecutorService executor;
  private final ScheduledExecutorService background;
  private final Faults faults;
  private final Map<String, ApiCredentials> accounts;
  private final FakeJemeniGateway gateway;

  JemeniEmulator(
      Map<String, ApiCredentials> accounts,
      FakeJemeniGateway gateway,
      HttpServer server,
      ApiHandler handler,
      ExecutorService executor,
      ScheduledExecutorService background,
      Faults faults) {
    this.server = server;
    // Kept because a stopped server no longer reports its address.
    this.address = server.getAddress();
    this.handler = handler;
    this.executor = executor;
    this.background = background;
    this.faults = faults;
    this.accounts = accounts;
    this.gateway = gateway;
  }

  /**
   * Returns a builder with the defaults: 127.0.0.1, a free port, the documented scheme, one sandbox
   * account with random keys, and a seeded fake.
   */
  public static JemeniEmulatorBuilder builder() {
    return new JemeniEmulatorBuilder();
  }

  /** Returns the base URL clients use, such as {@code http://127.0.0.1:41234/api}. */
  public String baseUrl() {
    return "http://" + address.getHostString() + ":" + address.getPort() + "/api";
  }

  /** Returns the port the server listens on. */
  public int port() {
    return address.getPort();
  }

  /** Returns the fault plan, to inject faults into the next requests. */
  public Faults faults() {
    return faults;
  }

  /** Returns how many HTTP requests arrived, rejected and faulted ones included. */
  public long requestCount() {
    return handler.received();
  }

  /** Returns the fake that keeps the state, to act as the customer or to inspect calls. */
  public FakeJemeniGateway gateway() {
    return gateway;
  }

  /** Returns the first configured account, the one a client uses by default. */
  public ApiCredentials account() {
    return accounts.head()._2;
  }

  /** Returns the accounts the emulator accepts, keyed by public API key. */
  public Map<String, ApiCredentials> accounts() {
    return accounts;
  }

  /** Stops the server at once and releases its threads. */
  @Override
  public void close() {
    server.stop(0);
    background.shutdownNow();
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    LOG.info("Emulator on port {} stopped", port());
  }
}
