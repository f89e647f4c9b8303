package dev.jemeni.adapter.out.feign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jemeni.signature.ApiCredentials;
import dev.jemeni.signature.RequestSigner;
import dev.jemeni.signature.SignatureScheme;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;

/**
 * The server side of signing: recomputes the signature from the raw request received and checks
 * every header, as the service would.
 */
final class SignedRequests {

  private SignedRequests() {}

  /** Checks a sandbox request signed with the default scheme and returns its timestamp. */
  static String assertSigned(RecordedRequest request) {
    return assertSigned(
        request, SignatureScheme.SHA512_PLUS, Fixtures.SANDBOX, Environment.SANDBOX);
  }

  /** Checks every auth header, Accept, Content-Type and sandbox; returns the timestamp. */
  static String assertSigned(
      RecordedRequest request,
      SignatureScheme scheme,
      ApiCredentials credentials,
      Environment environment) {
    Headers headers = request.getHeaders();
    byte[] body = body(request);
    String url = "http://" + headers.get("Host") + request.getTarget();

    assertThat(headers.values("auth-apiKey")).containsExactly(credentials.apiKey());
    assertThat(headers.values("auth-token")).containsExactly(credentials.token());
    assertThat(headers.values("auth-timestamp")).hasSize(1);
    assertThat(headers.values("auth-signature")).hasSize(1);
    assertThat(headers.values("Accept")).containsExactly("application/json");
    assertThat(headers.values("Content-Type"))
        .isEqualTo(body.length > 0 ? java.util.List.of("application/json") : java.util.List.of());
    assertThat(headers.values("sandbox"))
        .isEqualTo(
            environment == Environment.SANDBOX ? java.util.List.of("true") : java.util.List.of());
    assertThat(request.getTarget()).startsWith("/api/" + environment.pathSegment() + "/");

    String timestamp = headers.get("auth-timestamp");
    String signature = headers.get("auth-signature");
    boolean valid =
        new RequestSigner(scheme, credentials)
            .verify(request.getMethod(), url, body, timestamp, signature);
    assertThat(valid).as("signature recomputed from the raw request matches").isTrue();
    return timestamp;
  }

  static byte[] body(RecordedRequest request) {
    return request.getBody() == null ? new byte[0] : request.getBody().toByteArray();
  }
}
