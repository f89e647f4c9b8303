package dev.jemeni.emulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sends requests to the emulator with the JDK client, signing them with its own SHA-512 code so the
 * tests do not share signing code with the emulator or the Feign adapter.
 */
final class RawClient {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  private final int port;

  RawClient(int port) {
    this.port = port;
  }

  /** Builds a request whose headers can be changed before it is sent. */
  Request request(String method, String pathAndQuery, String body) {
    return new Request(method, pathAndQuery, body);
  }

  static String sha512Plus(
      String secret, String token, String method, String url, String body, String timestamp) {
    try {
      String text = String.join("+", secret, token, method, url, body, timestamp);
      MessageDigest digest = MessageDigest.getInstance("SHA-512");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One request; headers keep their insertion order and a null value removes a header. */
  final class Request {
    private final String method;
    private final String pathAndQuery;
    private final String body;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Request(String method, String pathAndQuery, String body) {
      this.method = method;
      this.pathAndQuery = pathAndQuery;
      this.body = body;
    }

    Request header(String name, String value) {
      if (value == null) {
        headers.remove(name);
      } else {
        headers.put(name, value);
      }
      return this;
    }

    /** Adds every header the API requires, signed with the documented scheme. */
    Request signed(String apiKey, String token, String secret, String signedUrl, long timestamp) {
      String stamp = Long.toString(timestamp);
      header("Accept", "application/json");
      header("auth-apiKey", apiKey);
      header("auth-token", token);
      header("auth-timestamp", stamp);
      header("auth-signature", sha512Plus(secret, token, method, signedUrl, body, stamp));
      if (pathAndQuery.startsWith("/api/sandbox/")) {
        header("sandbox", "true");
      }
      if (!body.isEmpty()) {
        header("Content-Type", "application/json");
      }
      return this;
    }

    HttpResponse<String> send() throws IOException, InterruptedException {
      HttpRequest.Builder builder =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
              .timeout(Duration.ofSeconds(5))
              .method(
                  method,
                  body.isEmpty()
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
      headers.forEach(builder::header);
      return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }
  }
}
