package dev.jemeni.adapter.out.feign;

import dev.jemeni.signature.RequestSigner;
import feign.Client;
import feign.Feign;
import feign.Request;
import feign.RequestTemplate;
import feign.Retryer;
import feign.codec.EncodeException;
import feign.codec.Encoder;
import java.lang.reflect.Type;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;

/**
 * Builds the Feign client over the JDK HTTP client.
 *
 * <p>Redirects are never followed ({@code Redirect.NEVER}), because a new URL would invalidate the
 * signature, and HTTP/1.1 is pinned, so plain-http loopback servers work and every request travels
 * one way. {@link JdkClient} sends the requests and bounds the time to read the body. Feign never
 * retries ({@link Retryer#NEVER_RETRY}): {@link ResilientCalls} decides. {@link JdkRetrySafety}
 * covers the JDK client's own repeats.
 */
final class HttpTransport {

  private HttpTransport() {}

  /** Returns the client that sends requests over HTTP with the configured connect timeout. */
  static Client jdkClient(ClientConfig config) {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(config.connectTimeout())
            .build();
    return new JdkClient(http);
  }

  /**
   * Returns the HTTP API bound to the configured base URL and environment.
   *
   * @param transport sends each signed request; {@link #jdkClient} except in benchmarks
   */
  static JemeniHttpApi create(ClientConfig config, Client transport) {
    Request.Options options =
        new Request.Options(config.connectTimeout(), config.readTimeout(), false);
    SigningClient signing =
        new SigningClient(
            transport,
            config.credentials(),
            new RequestSigner(config.signatureScheme(), config.credentials()),
            config.environment(),
            config.clock());
    return Feign.builder()
        .client(signing)
        .options(options)
        .retryer(Retryer.NEVER_RETRY)
        .encoder(new JsonBytesEncoder())
        .logger(new RedactingLogger())
        .logLevel(config.httpLogLevel())
        .target(JemeniHttpApi.class, config.targetUrl());
  }

  /** Passes the serialized JSON bytes through untouched; UTF-8 lets Feign's log show them. */
  private static final class JsonBytesEncoder implements Encoder {

    @Override
    public void encode(Object object, Type bodyType, RequestTemplate template) {
      if (!(object instanceof byte[] bytes)) {
        throw new EncodeException(
            "request body of type " + bodyType + " is not serialized JSON bytes");
      }
      template.body(bytes, StandardCharsets.UTF_8);
    }
  }
}
