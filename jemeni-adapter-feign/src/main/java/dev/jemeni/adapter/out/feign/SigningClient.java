package dev.jemeni.adapter.out.feign;

import dev.jemeni.signature.ApiCredentials;
import dev.jemeni.signature.RequestSigner;
import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs each request as it goes on the wire, then hands it to the HTTP client.
 *
 * <p>It receives the URL and body after Feign resolved and encoded them, so it signs exactly what
 * is sent. Every call, a retry included, gets a fresh timestamp and signature, and the headers this
 * class owns replace any earlier value instead of adding to it.
 */
final class SigningClient implements Client {

  private static final Logger log = LoggerFactory.getLogger(SigningClient.class);

  static final String API_KEY = "auth-apiKey";
  static final String TOKEN = "auth-token";
  static final String TIMESTAMP = "auth-timestamp";
  static final String SIGNATURE = "auth-signature";
  static final String SANDBOX = "sandbox";

  private static final String JSON = "application/json";
  private static final byte[] NO_BODY = new byte[0];
  private static final Set<String> OWNED =
      Set.of(
          "auth-apikey",
          "auth-token",
          "auth-timestamp",
          "auth-signature",
          SANDBOX,
          "accept",
          "content-type");

  private final Client delegate;
  private final RequestSigner signer;
  private final ApiCredentials credentials;
  private final Environment environment;
  private final Clock clock;

  SigningClient(
      Client delegate,
      ApiCredentials credentials,
      RequestSigner signer,
      Environment environment,
      Clock clock) {
    this.delegate = delegate;
    this.credentials = credentials;
    this.signer = signer;
    this.environment = environment;
    this.clock = clock;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    return delegate.execute(sign(request), options);
  }

  /** Returns the request with fresh auth headers; the URL and body are unchanged. */
  Request sign(Request request) {
    byte[] body = request.body() == null ? NO_BODY : request.body();
    String timestamp = Long.toString(clock.instant().getEpochSecond());
    String method = request.httpMethod().name();
    String signature = signer.sign(method, request.url(), body, timestamp);
    log.trace(
        "Signed {} {} ({} body bytes) with {} at auth-timestamp {}",
        method,
        request.url(),
        body.length,
        signer.scheme(),
        timestamp);

    Map<String, Collection<String>> headers = withoutOwnedHeaders(request.headers());
    headers.putAll(ownedHeaders(timestamp, signature, request.body() != null));
    return Request.create(
        request.httpMethod(),
        request.url(),
        headers,
        request.body(),
        StandardCharsets.UTF_8,
        request.requestTemplate());
  }

  private Map<String, Collection<String>> ownedHeaders(
      String timestamp, String signature, boolean hasBody) {
    Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.put(API_KEY, List.of(credentials.apiKey()));
    headers.put(TOKEN, List.of(credentials.token()));
    headers.put(TIMESTAMP, List.of(timestamp));
    headers.put(SIGNATURE, List.of(signature));
    headers.put("Accept", List.of(JSON));
    if (hasBody) {
      headers.put("Content-Type", List.of(JSON));
    }
    if (environment == Environment.SANDBOX) {
      headers.put(SANDBOX, List.of("true"));
    }
    return headers;
  }

  private static Map<String, Collection<String>> withoutOwnedHeaders(
      Map<String, Collection<String>> original) {
    Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    original.forEach(
        (name, values) -> {
          if (!OWNED.contains(name.toLowerCase(Locale.ROOT))) {
            headers.put(name, values);
          }
        });
    return headers;
  }
}
