package dev.jemeni.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jemeni.adapter.out.fake.FakeJemeniGateway;
import dev.jemeni.adapter.out.fake.MutableClock;
import dev.jemeni.signature.ApiCredentials;
import dev.jemeni.signature.SignatureScheme;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EmulatorAuthenticationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SECRET = "sk_test_4f1c9a";
  private static final String TOKEN = "tok_83be21";
  private static final String KEY = "pk_test_37aa01";
  private static final String PUBLIC_BASE = "https://jemeni.net/api";
  private static final long NOW = 1733313601L;

  private final MutableClock clock = MutableClock.startingAt(Instant.ofEpochSecond(NOW));
  private JemeniEmulator emulator;

  @AfterEach
  void stop() {
    if (emulator != null) {
      emulator.close();
    }
  }

  @Test
  void acceptsEveryDocumentedSchemeVectorThatUsesUnixSeconds() throws Exception {
    start(SignatureScheme.SHA512_PLUS, ApiCredentials.of(KEY, TOKEN, SECRET));

    for (JsonNode vector : vectors("signature-sha512-plus.json")) {
      if (!vector.get("sk").asText().equals(SECRET) || !isUnixSeconds(vector)) {
        continue;
      }
      HttpResponse<String> response = sendVector(vector, KEY, TOKEN).send();

      assertThat(response.statusCode()).as(vector.get("name").asText()).isNotIn(401, 403);
    }
  }

  @Test
  void subscriptionVectorIsProcessedEndToEnd() throws Exception {
    start(SignatureScheme.SHA512_PLUS, ApiCredentials.of(KEY, TOKEN, SECRET));
    JsonNode vector = vector("signature-sha512-plus.json", "subscription-create-post");

    HttpResponse<String> response = sendVector(vector, KEY, TOKEN).send();

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(response.body()).at("/data/plan_id").asText()).isEqualTo("1");
  }

  @Test
  void acceptsHmacVectorWhenConfiguredForHmac() throws Exception {
    start(SignatureScheme.HMAC_SHA512, ApiCredentials.of(KEY, TOKEN, SECRET));
    JsonNode vector = vector("signature-hmac-sha512.json", "hmac-post-send-payment");

    HttpResponse<String> response = sendVector(vector, KEY, TOKEN).send();

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(response.body()).at("/data/transaction_id").asText()).hasSize(26);
  }

  @Test
  void rejectsDateStyleTimestamp() throws Exception {
    start(SignatureScheme.SHA512_PLUS, ApiCredentials.of(KEY, TOKEN, SECRET));
    JsonNode vector = vector("signature-sha512-plus.json", "datetime-timestamp-header-style");

    HttpResponse<String> response = sendVector(vector, KEY, TOKEN).send();

    assertRejected(response, 401, "is not UNIX seconds");
  }

  @Test
  void rejectsMissingAcceptWith403() throws Exception {
    startDefault();

    HttpResponse<String> response = signedPlans().header("Accept", null).send();

    assertRejected(response, 403, "Accept header is missing");
  }

  @Test
  void rejectsSandboxPathWithoutSandboxHeader() throws Exception {
    startDefault();

    assertRejected(signedPlans().header("sandbox", null).send(), 403, "sandbox: true");
    assertRejected(signedPlans().header("sandbox", "false").send(), 403, "sandbox: true");
  }

  @Test
  void rejectsLiveRequestCarryingSandboxHeader() throws Exception {
    startDefault();
    String live = "/api/live/subscriptions/plans";

    HttpResponse<String> response =
        client()
            .request("GET", live, "")
            .signed(KEY, TOKEN, SECRET, PUBLIC_BASE + "/live/subscriptions/plans", NOW)
            .header("sandbox", "true")
            .send();

    assertRejected(response, 403, "must not carry a sandbox header");
  }

  @Test
  void rejectsTestKeyOnLivePath() throws Exception {
    startDefault();
    String live = "/api/live/subscriptions/plans";

    HttpResponse<String> response =
        client()
            .request("GET", live, "")
            .signed(KEY, TOKEN, SECRET, PUBLIC_BASE + "/live/subscriptions/plans", NOW)
            .send();

    assertRejected(response, 401, "is a test key");
  }

  @Test
  void rejectsUnknownKeyAndForeignToken() throws Exception {
    startDefault();

    assertRejected(signedPlans().header("auth-apiKey", "pk_test_other").send(), 401, "not known");
    assertRejected(signedPlans().header("auth-token", "tok_other").send(), 401, "auth-token");
  }

  @Test
  void rejectsMissingAuthHeaders() throws Exception {
    startDefault();

    for (String header : new String[] {"auth-apiKey", "auth-token", "auth-timestamp"}) {
      HttpResponse<String> response = signedPlans().header(header, null).send();

      assertRejected(response, 401, header + " header is missing");
    }
    assertRejected(
        signedPlans().header("auth-signature", null).send(), 401, "auth-signature header");
  }

  @Test
  void rejectsTimestampsMoreThanFiveMinutesAway() throws Exception {
    startDefault();
    long stale = NOW - Duration.ofMinutes(5).toSeconds() - 1;
    long future = NOW + Duration.ofMinutes(5).toSeconds() + 1;

    assertRejected(signedPlansAt(stale).send(), 401, "301 s away");
    assertRejected(signedPlansAt(future).send(), 401, "301 s away");
    assertThat(signedPlansAt(NOW - 300).send().statusCode()).isEqualTo(200);
  }

  @Test
  void signatureRejectionNamesWhatWasSignedButNoSecret() throws Exception {
    startDefault();
    String body = "{\"phone\":\"98745632\"}";

    HttpResponse<String> response =
        client()
            .request("POST", "/api/sandbox/subscriptions/disable", body)
            .signed(KEY, TOKEN, SECRET, PUBLIC_BASE + "/sandbox/subscriptions/disable", NOW)
            .header("auth-signature", "ab".repeat(64))
            .send();

    assertRejected(response, 401, "auth-signature does not match");
    assertThat(response.body())
        .contains("method POST")
        .contains(PUBLIC_BASE + "/sandbox/subscriptions/disable")
        .contains("a body of " + body.length() + " bytes")
        .contains("timestamp " + NOW)
        .doesNotContain(SECRET)
        .doesNotContain(TOKEN);
  }

  @Test
  void signatureOverDifferentBodyIsRejected() throws Exception {
    startDefault();
    String url = PUBLIC_BASE + "/sandbox/subscriptions/disable";
    String signedBody = "{\"phone\":\"98745632\"}";
    String stamp = Long.toString(NOW);

    HttpResponse<String> response =
        client()
            .request("POST", "/api/sandbox/subscriptions/disable", "{\"phone\": \"98745632\"}")
            .signed(KEY, TOKEN, SECRET, url, NOW)
            .header(
                "auth-signature",
                RawClient.sha512Plus(SECRET, TOKEN, "POST", url, signedBody, stamp))
            .send();

    assertRejected(response, 401, "does not match");
  }

  @Test
  void withoutPublicBaseUrlTheClientsOwnUrlIsSigned() throws Exception {
    emulator =
        JemeniEmulator.builder()
            .account(ApiCredentials.of(KEY, TOKEN, SECRET))
            .clock(clock)
            .gateway(FakeJemeniGateway.builder().clock(clock).build())
            .start();
    String url = emulator.baseUrl() + "/sandbox/subscriptions/plans";

    HttpResponse<String> response =
        client()
            .request("GET", "/api/sandbox/subscriptions/plans", "")
            .signed(KEY, TOKEN, SECRET, url, NOW)
            .send();

    assertThat(response.statusCode()).isEqualTo(200);
  }

  private RawClient.Request signedPlans() {
    return signedPlansAt(NOW);
  }

  private RawClient.Request signedPlansAt(long timestamp) {
    return client()
        .request("GET", "/api/sandbox/subscriptions/plans", "")
        .signed(KEY, TOKEN, SECRET, PUBLIC_BASE + "/sandbox/subscriptions/plans", timestamp);
  }

  private RawClient.Request sendVector(JsonNode vector, String apiKey, String token) {
    String url = vector.get("url").asText();
    String path = "/api" + url.substring(PUBLIC_BASE.length());
    String method = vector.get("method").asText();
    return client()
        .request(method, path, vector.get("body").asText())
        .header("Accept", "application/json")
        .header("Content-Type", "application/json")
        .header("sandbox", path.startsWith("/api/sandbox/") ? "true" : null)
        .header("auth-apiKey", apiKey)
        .header("auth-token", token)
        .header("auth-timestamp", vector.get("timestamp").asText())
        .header("auth-signature", vector.get("signature").asText());
  }

  private static void assertRejected(HttpResponse<String> response, int status, String reason)
      throws IOException {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(JSON.readTree(response.body()).get("message").asText()).contains(reason);
  }

  private void startDefault() {
    start(SignatureScheme.SHA512_PLUS, ApiCredentials.of(KEY, TOKEN, SECRET));
  }

  private void start(SignatureScheme scheme, ApiCredentials account) {
    emulator =
        JemeniEmulator.builder()
            .account(account)
            .signatureScheme(scheme)
            .clock(clock)
            .publicBaseUrl(PUBLIC_BASE)
            .gateway(FakeJemeniGateway.builder().clock(clock).build())
            .start();
  }

  private RawClient client() {
    return new RawClient(emulator.port());
  }

  private static boolean isUnixSeconds(JsonNode vector) {
    String stamp = vector.get("timestamp").asText();
    return stamp.matches("[0-9]+")
        && Math.abs(Long.parseLong(stamp) - NOW) <= Duration.ofMinutes(5).toSeconds();
  }

  private static JsonNode vector(String file, String name) throws IOException {
    for (JsonNode vector : vectors(file)) {
      if (vector.get("name").asText().equals(name)) {
        return vector;
      }
    }
    throw new IllegalArgumentException("no vector " + name + " in " + file);
  }

  private static JsonNode vectors(String file) throws IOException {
    try (InputStream in =
        EmulatorAuthenticationTest.class.getResourceAsStream("/vectors/" + file)) {
      return JSON.readTree(in);
    }
  }
}
