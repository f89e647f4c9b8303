package dev.jemeni.adapter.out.feign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jemeni.signature.RequestSigner;
import dev.jemeni.signature.SignatureScheme;
import feign.Request;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Headers the signer owns replace earlier values, whatever their case; others are kept. */
class SigningClientTest {

  private final SigningClient signing =
      new SigningClient(
          (request, options) -> {
            throw new AssertionError("not sent in this test");
          },
          Fixtures.SANDBOX,
          new RequestSigner(SignatureScheme.SHA512_PLUS, Fixtures.SANDBOX),
          Environment.LIVE,
          Clock.fixed(Fixtures.NOW, ZoneOffset.UTC));

  @Test
  void ownedHeadersAreReplacedNotAppended() {
    Map<String, Collection<String>> stale = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    stale.put("AUTH-SIGNATURE", List.of("stale-signature"));
    stale.put("auth-timestamp", List.of("1", "2"));
    stale.put("Sandbox", List.of("true"));
    stale.put("accept", List.of("text/html"));
    stale.put("X-Request-Id", List.of("42"));
    byte[] body = "{\"phone\":\"98745632\"}".getBytes(StandardCharsets.UTF_8);
    Request request =
        Request.create(
            Request.HttpMethod.POST,
            "https://jemeni.net/api/live/subscriptions/disable",
            stale,
            body,
            StandardCharsets.UTF_8,
            null);

    Map<String, Collection<String>> headers = signing.sign(request).headers();

    assertThat(headers.get("auth-signature")).hasSize(1).doesNotContain("stale-signature");
    assertThat(headers.get("auth-timestamp")).containsExactly("1731959834");
    assertThat(headers.get("Accept")).containsExactly("application/json");
    assertThat(headers.get("Content-Type")).containsExactly("application/json");
    assertThat(headers.get("X-Request-Id")).containsExactly("42");
    assertThat(headers.keySet()).doesNotContain("sandbox", "Sandbox");
  }

  @Test
  void urlAndBodyAreUnchanged() {
    byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
    Request request =
        Request.create(
            Request.HttpMethod.POST,
            "https://jemeni.net/api/live/send/payment",
            Map.of(),
            body,
            StandardCharsets.UTF_8,
            null);

    Request signed = signing.sign(request);

    assertThat(signed.url()).isEqualTo(request.url());
    assertThat(signed.body()).isEqualTo(body);
  }
}
