package dev.jemeni.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jemeni.webhooks.WebhookSecret;
import dev.jemeni.webhooks.WebhookSigner;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The emulator, listen and demo commands, each run as an operator would run it. */
class ServingCommandsTest {

  private static final Duration STARTUP = Duration.ofSeconds(30);

  @Test
  void emulatorPrintsCredentialsServesAndStopsCleanly() throws Exception {
    try (ChildProcess emulator =
        ChildProcess.start(
            "emulator",
            "--api-key",
            "pk_test_cli",
            "--token",
            "tok_cli",
            "--secret-key",
            "sk_cli")) {
      String baseUrl = emulator.awaitLine("JEMENI_BASE_URL=", STARTUP).substring(16);
      CliRun.ClientSettings settings =
          new CliRun.ClientSettings(baseUrl, "pk_test_cli", "tok_cli", "sk_cli");

      CliRun plans = CliRun.against(settings, "plans", "list");

      assertThat(baseUrl).startsWith("http://127.0.0.1:");
      assertThat(plans.exitCode()).isEqualTo(0);
      assertThat(plans.out()).contains("Premium annuel");
      assertThat(emulator.stop()).isIn(0, 143);
      assertThat(emulator.awaitLine("Jemeni emulator stopped.", STARTUP)).isNotEmpty();
    }
  }

  @Test
  void emulatorNamesLiveEnvironmentForLiveKey() throws Exception {
    try (ChildProcess emulator =
        ChildProcess.start(
            "emulator",
            "--api-key",
            "pk_live_cli",
            "--token",
            "tok_cli",
            "--secret-key",
            "sk_cli")) {
      String environment = emulator.awaitLine("JEMENI_ENVIRONMENT=", STARTUP);

      assertThat(environment).isEqualTo("JEMENI_ENVIRONMENT=live");
      assertThat(emulator.stop()).isIn(0, 143);
    }
  }

  @Test
  // A missing check would start the emulator, which then waits for Ctrl-C.
  @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void emulatorRejectsNegativeApproveAfter() {
    CliRun run = CliRun.of("emulator", "--approve-after", "-1");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--approve-after is -1").contains("0 for customers who never");
  }

  @Test
  // A missing check would start the emulator, which then waits for Ctrl-C.
  @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void emulatorNamesMissingCredentialOption() {
    CliRun run = CliRun.of("emulator", "--api-key", "pk_test_cli");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--token is missing");
  }

  @Test
  void emulatorAppliesFaultOptions() throws Exception {
    try (ChildProcess emulator = ChildProcess.start("emulator", "--fault", "404x1")) {
      String baseUrl = emulator.awaitLine("JEMENI_BASE_URL=", STARTUP).substring(16);
      String key = emulator.awaitLine("JEMENI_API_KEY=", STARTUP).substring(15);
      String token = emulator.awaitLine("JEMENI_TOKEN=", STARTUP).substring(13);
      String secret = emulator.awaitLine("JEMENI_SECRET_KEY=", STARTUP).substring(18);
      CliRun.ClientSettings settings = new CliRun.ClientSettings(baseUrl, key, token, secret);

      CliRun first = CliRun.against(settings, "plans", "list");
      CliRun second = CliRun.against(settings, "plans", "list");

      assertThat(first.exitCode()).isEqualTo(3);
      assertThat(first.err()).contains("HTTP 404");
      assertThat(second.exitCode()).isEqualTo(0);
    }
  }

  @Test
  void listenPrintsVerifiedWebhooks() throws Exception {
    try (ChildProcess listener = ChildProcess.start("webhooks", "listen", "--secret", "whsec_t")) {
      String line = listener.awaitLine("Listening for webhooks on ", STARTUP);
      URI url = URI.create(line.substring(26, line.indexOf(". Stop")));
      byte[] body = paymentSuccess().getBytes(StandardCharsets.UTF_8);

      int status = post(url, body, WebhookSigner.of(WebhookSecret.of("whsec_t")).sign(body));
      int forged = post(url, body, "00".repeat(64));

      assertThat(status).isEqualTo(200);
      assertThat(forged).isEqualTo(401);
      assertThat(listener.awaitLine("payment.success", STARTUP)).contains("TX-CLI-1");
    }
  }

  @Test
  void demoPassesEveryStep() {
    CliRun run = CliRun.of("demo", "--approve-after", "1");

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out()).contains("[8/8]").contains("Demo passed").doesNotContain("FAILED");
  }

  static String paymentSuccess() {
    return "{\"event\":\"payment.success\",\"data\":{\"transaction_id\":\"TX-CLI-1\","
        + "\"amount\":1000,\"currency\":\"XOF\",\"status\":\"success\",\"customer_id\":\"C1\"},"
        + "\"timestamp\":\""
        + Instant.now().truncatedTo(ChronoUnit.SECONDS)
        + "\"}";
  }

  private static int post(URI url, byte[] body, String signature) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .header("Content-Type", "application/json")
            .header("X-Jemeni-Signature", signature)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return HttpClient.newHttpClient()
        .send(request, HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
