package dev.jemeni.benchmarks;

import dev.jemeni.signature.ApiCredentials;
import dev.jemeni.signature.RequestSigner;
import dev.jemeni.signature.SignatureScheme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * Signed GET requests sent with a bare {@code java.net.http.HttpClient}, configured like the
 * adapter's own: HTTP/1.1 with keep-alive, no redirects, the same connect and request timeouts.
 */
final class RawCalls {

  /** The adapter's default connect timeout. */
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

  /** The adapter's default read timeout, which it passes to the JDK client as request timeout. */
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  private static final byte[] NO_BODY = new byte[0];

  private RawCalls() {}

  /** Returns a client configured like the one the adapter builds. */
  static HttpClient newClient() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(CONNECT_TIMEOUT)
        .build();
  }

  /**
   * Returns a sandbox GET of {@code url} with the headers the adapter sends, signed now with the
   * documented scheme.
   */
  static HttpRequest signedGet(String url, ApiCredentials credentials) {
    String timestamp = Long.toString(Instant.now().getEpochSecond());
    RequestSigner signer = new RequestSigner(SignatureScheme.SHA512_PLUS, credentials);
    String signature = signer.sign("GET", url, NO_BODY, timestamp);
    return HttpRequest.newBuilder(URI.create(url))
        .GET()
        .timeout(REQUEST_TIMEOUT)
        .header("auth-apiKey", credentials.apiKey())
        .header("auth-token", credentials.token())
        .header("auth-timestamp", timestamp)
        .header("auth-signature", signature)
        .header("Accept", "application/json")
        .header("sandbox", "true")
        .build();
  }

  /** Sends the request, reads the whole body and fails unless the status is 200. */
  static byte[] send(HttpClient client, HttpRequest request) {
    HttpResponse<byte[]> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("GET " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while sending GET " + request.uri(), e);
    }
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "GET " + request.uri() + " returned " + response.statusCode() + " instead of 200");
    }
    return response.body();
  }
}
