package dev.jemeni.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.jemeni.adapter.out.fake.FakeJemeniGateway;
import dev.jemeni.domain.value.ReturnUrl;
import dev.jemeni.signature.ApiCredentials;
import dev.jemeni.signature.SignatureScheme;
import dev.jemeni.webhooks.WebhookSecret;
import dev.jemeni.webhooks.WebhookSigner;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Configures and starts a {@link JemeniEmulator}. Not thread-safe. */
public final class JemeniEmulatorBuilder {

  private static final Logger LOG = LoggerFactory.getLogger(JemeniEmulatorBuilder.class);

  /** How often due payment changes are applied, so their webhooks go out without a read. */
  private static final Duration TICK = Duration.ofMillis(100);

  /** The JDK HTTP server's switch for TCP_NODELAY on accepted connections. */
  static final String NODELAY_PROPERTY = "sun.net.httpserver.nodelay";

  private String host = "127.0.0.1";
  private int port;
  private SignatureScheme scheme = SignatureScheme.SHA512_PLUS;
  private Clock clock = Clock.systemUTC();
  private Map<String, ApiCredentials> accounts = LinkedHashMap.empty();
  private FakeJemeniGateway gateway;
  private URI webhookUrl;
  private String publicBaseUrl;
  private WebhookSecret webhookSecret;
  private int threads = 16;

  JemeniEmulatorBuilder() {}

  /** Sets the loopback host to bind, such as {@code 127.0.0.1}; other hosts are rejected. */
  public JemeniEmulatorBuilder host(String host) {
    if (!ReturnUrl.isLoopbackHost(host)) {
      throw new IllegalArgumentException(
          "host " + host + " is not a loopback address: the emulator binds only 127.0.0.1");
    }
    this.host = host;
    return this;
  }

  /** Sets the port; 0, the default, picks a free one. */
  public JemeniEmulatorBuilder port(int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port " + port + " is invalid: use 0 to 65535");
    }
    this.port = port;
    return this;
  }

  /** Sets the signature scheme the emulator checks; the default is the documented one. */
  public JemeniEmulatorBuilder signatureScheme(SignatureScheme scheme) {
    this.scheme = Objects.requireNonNull(scheme, "scheme");
    return this;
  }

  /** Sets the clock that timestamps are checked against. */
  public JemeniEmulatorBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /** Adds an account the emulator accepts; a {@code pk_test_} key works on /sandbox/ only. */
  public JemeniEmulatorBuilder account(ApiCredentials credentials) {
    this.accounts = accounts.put(credentials.apiKey(), credentials);
    return this;
  }

  /** Sets the fake that keeps the state; the default is a seeded fake on the same clock. */
  public JemeniEmulatorBuilder gateway(FakeJemeniGateway gateway) {
    this.gateway = Objects.requireNonNull(gateway, "gateway");
    return this;
  }

  /**
   * Makes the emulator POST a signed webhook to {@code url} when a payment completes or fails and
   * when a subscription is created or disabled, retrying until it gets a 2xx.
   *
   * @param url the receiver's absolute URL
   * @param secret the webhook secret the receiver verifies with
   */
  public JemeniEmulatorBuilder webhook(URI url, WebhookSecret secret) {
    this.webhookUrl = Objects.requireNonNull(url, "url");
    this.webhookSecret = Objects.requireNonNull(secret, "secret");
    return this;
  }

  /**
   * Sets the base URL clients sign, such as {@code https://jemeni.net/api}, for an emulator behind
   * a proxy that terminates TLS. By default the signed URL is this server's own, as the client
   * addressed it.
   */
  public JemeniEmulatorBuilder publicBaseUrl(String url) {
    String trimmed = Objects.requireNonNull(url, "url").strip();
    this.publicBaseUrl =
        trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    return this;
  }

  /** Sets how many requests are served at once; the default is 16. */
  public JemeniEmulatorBuilder threads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads " + threads + " is invalid: use 1 or more");
    }
    this.threads = threads;
    return this;
  }

  /**
   * Starts the server.
   *
   * @throws UncheckedIOException when the address cannot be bound
   */
  public JemeniEmulator start() {
    if (accounts.isEmpty()) {
      account(randomSandboxAccount());
    }
    if (gateway == null) {
      gateway = FakeJemeniGateway.builder().clock(clock).build();
    }
    ObjectMapper mapper = new ObjectMapper();
    Faults faults = new Faults();
    RequestAuthenticator authenticator = new RequestAuthenticator(accounts, scheme, clock);
    ApiHandler handler =
        new ApiHandler(
            mapper,
            authenticator,
            faults,
            new ApiRoutes(mapper, gateway),
            Option.of(publicBaseUrl));
    ExecutorService executor = Executors.newFixedThreadPool(threads);
    ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor();
    startWebhooks(mapper, background);
    enableNoDelay();
    HttpServer server = bind();
    server.createContext("/", handler);
    server.setExecutor(executor);
    server.start();
    JemeniEmulator emulator =
        new JemeniEmulator(accounts, gateway, server, handler, executor, background, faults);
    LOG.info("Emulator listening on {}", emulator.baseUrl());
    return emulator;
  }

  private void startWebhooks(ObjectMapper mapper, ScheduledExecutorService background) {
    if (webhookUrl != null) {
      WebhookSigner signer = WebhookSigner.of(webhookSecret);
      WebhookDispatcher dispatcher = new WebhookDispatcher(webhookUrl, signer, mapper, background);
      gateway.onEvent(dispatcher::dispatch);
    }
    background.scheduleWithFixedDelay(
        this::tick, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void tick() {
    try {
      gateway.tick();
    } catch (RuntimeException e) {
      // A failing tick must not cancel the schedule; the next one tries again.
      LOG.error("Applying due payment changes failed", e);
    }
  }

  private static ApiCredentials randomSandboxAccount() {
    SecureRandom random = new SecureRandom();
    return ApiCredentials.of(
        "pk_test_" + randomHex(random, 8),
        "tok_" + randomHex(random, 16),
        "sk_test_" + randomHex(random, 16));
  }

  private static String randomHex(SecureRandom random, int bytes) {
    byte[] value = new byte[bytes];
    random.nextBytes(value);
    return HexFormat.of().formatHex(value);
  }

  /**
   * Turns on TCP_NODELAY for the JDK server unless the application chose a value. The server writes
   * a response's headers and body separately, so without it Nagle's algorithm holds the body until
   * the client's delayed ACK, about 40 ms on Linux, on every keep-alive request.
   *
   * <p>NOTE: the JDK reads the property once, when the JVM's first {@code HttpServer} starts, so
   * this has no effect after another JDK server started in the same JVM.
   */
  private static void enableNoDelay() {
    if (System.getProperty(NODELAY_PROPERTY) == null) {
      System.setProperty(NODELAY_PROPERTY, "true");
    }
  }

  private HttpServer bind() {
    try {
      return HttpServer.create(new InetSocketAddress(host, port), 128);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "could not bind " + host + ":" + port + ": choose another port", e);
    }
  }
}
