package dev.jemeni.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jemeni.adapter.out.fake.FakeJemeniGateway;
import dev.jemeni.domain.value.TransactionId;
import dev.jemeni.emulator.JemeniEmulator;
import dev.jemeni.signature.ApiCredentials;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs each API command against the emulator and checks output, JSON and exit codes. */
class ApiCommandsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JemeniEmulator emulator;
  private CliRun.ClientSettings settings;

  @BeforeEach
  void start() {
    emulator = JemeniEmulator.builder().gateway(FakeJemeniGateway.seeded()).start();
    ApiCredentials account = emulator.account();
    settings =
        new CliRun.ClientSettings(
            emulator.baseUrl(), account.apiKey(), account.token(), account.secretKey());
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  @Test
  void paymentsSendPrintsPendingTransaction() {
    CliRun run = sendPayment("98745632");

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out()).contains("transaction:").contains("state:        0 (PENDING)");
    assertThat(run.out()).contains("amount:       5000 XOF");
  }

  @Test
  void paymentsSendJsonHoldsDomainResult() throws Exception {
    CliRun run =
        CliRun.against(
            settings,
            "payments",
            "send",
            "--phone",
            "98745632",
            "--amount",
            "5000",
            "--country-id",
            "1",
            "--json");

    JsonNode json = JSON.readTree(run.out());
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(json.at("/transactionId").asText()).hasSize(26);
    assertThat(json.at("/amount/amount").isIntegralNumber()).isTrue();
    assertThat(json.at("/amount/amount").asLong()).isEqualTo(5000);
    assertThat(json.at("/amount/currency").asText()).isEqualTo("XOF");
    assertThat(json.at("/state/raw").asText()).isEqualTo("0");
    assertThat(json.at("/state/outcome").asText()).isEqualTo("PENDING");
    assertThat(json.at("/timestamps/createdAt").asText()).matches("\\d{4}-.*T.*\\.\\d{6}Z");
    assertThat(json.at("/customer/phone").asText()).isEqualTo("98745632");
  }

  @Test
  void paymentsStateFollowsApproval() throws Exception {
    String id =
        JSON.readTree(
                CliRun.against(
                        settings,
                        "payments",
                        "send",
                        "--phone",
                        "98745632",
                        "--amount",
                        "5000",
                        "--country-id",
                        "1",
                        "--json")
                    .out())
            .at("/transactionId")
            .asText();
    emulator.gateway().customers().approve(new TransactionId(id));

    CliRun text = CliRun.against(settings, "payments", "state", id);
    CliRun json = CliRun.against(settings, "payments", "state", id, "--json");

    assertThat(text.exitCode()).isEqualTo(0);
    assertThat(text.out()).contains("2 (SUCCEEDED)").contains("paid (SUCCEEDED)");
    assertThat(JSON.readTree(json.out()).at("/payment/status/outcome").asText())
        .isEqualTo("SUCCEEDED");
    assertThat(JSON.readTree(json.out()).at("/payment/reference").asText()).startsWith("JP-");
  }

  @Test
  void invalidInputExitsTwoBeforeAnyRequest() {
    CliRun run =
        CliRun.against(
            settings,
            "payments",
            "send",
            "--phone",
            "7O000001",
            "--amount",
            "12.5",
            "--country-id",
            "1");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("'7O000001'").contains("12.5");
    assertThat(run.out()).isEmpty();
    assertThat(emulator.requestCount()).isZero();
  }

  @Test
  void hugeOrExponentAmountExitsTwo() {
    for (String amount : new String[] {"99999999999999999999999", "1E+3"}) {
      CliRun run =
          CliRun.against(
              settings,
              "payments",
              "send",
              "--phone",
              "98745632",
              "--amount",
              amount,
              "--country-id",
              "1");

      assertThat(run.exitCode()).as(amount).isEqualTo(2);
      assertThat(run.err()).contains(amount);
    }
    assertThat(emulator.requestCount()).isZero();
  }

  @Test
  void everySubcommandTakesHelp() {
    for (String[] command :
        new String[][] {{"payments", "send"}, {"plans", "list"}, {"webhooks", "verify"}}) {
      CliRun run = CliRun.of(command[0], command[1], "--help");

      assertThat(run.exitCode()).isEqualTo(0);
      assertThat(run.out()).contains("Usage: jemeni " + command[0] + " " + command[1]);
    }
  }

  @Test
  void apiErrorExitsThreeWithJsonError() throws Exception {
    CliRun run = CliRun.against(settings, "payments", "state", "NO-SUCH-TX", "--json");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("4001");
    assertThat(JSON.readTree(run.out()).at("/error/type").asText()).isEqualTo("InvalidInputData");
  }

  @Test
  void unreachableServiceExitsFour() {
    CliRun.ClientSettings closed =
        new CliRun.ClientSettings(
            "http://127.0.0.1:9/api", settings.apiKey(), settings.token(), settings.secretKey());

    CliRun run = CliRun.against(closed, "subscriptions", "disable", "--phone", "98745632");

    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.err()).contains("127.0.0.1:9");
  }

  @Test
  void plansListPrintsTableAndJson() throws Exception {
    CliRun text = CliRun.against(settings, "plans", "list");
    CliRun json = CliRun.against(settings, "plans", "list", "--json");

    assertThat(text.exitCode()).isEqualTo(0);
    assertThat(text.out()).contains("Essentiel mensuel").contains("2500 XOF").contains("archived");
    JsonNode plans = JSON.readTree(json.out());
    assertThat(plans.size()).isEqualTo(3);
    assertThat(plans.get(0).at("/id").asLong()).isEqualTo(1);
    assertThat(plans.get(1).at("/price/amount").asLong()).isEqualTo(25000);
  }

  @Test
  void subscriptionsCreateAndDisable() throws Exception {
    CliRun created =
        CliRun.against(
            settings,
            "subscriptions",
            "create",
            "--phone",
            "98745632",
            "--plan-id",
            "1",
            "--frequency-id",
            "4",
            "--start-at",
            "2024-10-27",
            "--json");
    CliRun disabled = CliRun.against(settings, "subscriptions", "disable", "--phone", "98745632");
    CliRun archived =
        CliRun.against(
            settings,
            "subscriptions",
            "create",
            "--phone",
            "0122030465",
            "--plan-id",
            "3",
            "--frequency-id",
            "1",
            "--start-at",
            "2024-10-27");

    assertThat(created.exitCode()).isEqualTo(0);
    assertThat(JSON.readTree(created.out()).at("/expireAt").asText())
        .startsWith("2025-10-27T00:00:00");
    assertThat(disabled.exitCode()).isEqualTo(0);
    assertThat(disabled.out()).contains("Awa Traoré");
    assertThat(archived.exitCode()).isEqualTo(3);
    assertThat(archived.err()).contains("plan_id");
    assertThat(archived.err().lines().count()).isEqualTo(1);
  }

  @Test
  void missingCredentialsAndBadSettingsExitTwo() {
    CliRun noKey =
        CliRun.of(
            "plans",
            "list",
            "--base-url",
            emulator.baseUrl(),
            "--api-key",
            " ",
            "--token",
            "t",
            "--secret-key",
            "s");
    CliRun badEnvironment =
        CliRun.against(settings, "plans", "list", "--environment", "production");

    assertThat(noKey.exitCode()).isEqualTo(2);
    assertThat(noKey.err()).contains("JEMENI_API_KEY");
    assertThat(badEnvironment.exitCode()).isEqualTo(2);
    assertThat(badEnvironment.err()).contains("'production'").contains("sandbox or live");
  }

  @Test
  void secretsNeverReachOutputOrErrors() {
    CliRun ok = CliRun.against(settings, "plans", "list", "--json");
    CliRun failed = CliRun.against(settings, "payments", "state", "NO-SUCH-TX");

    for (CliRun run : new CliRun[] {ok, failed}) {
      assertThat(run.out() + run.err())
          .doesNotContain(settings.secretKey())
          .doesNotContain(settings.token());
    }
  }

  private CliRun sendPayment(String phone) {
    return CliRun.against(
        settings, "payments", "send", "--phone", phone, "--amount", "5000", "--country-id", "1");
  }
}
