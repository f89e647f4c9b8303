package dev.jemeni.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jemeni.webhooks.WebhookSecret;
import dev.jemeni.webhooks.WebhookSigner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebhooksVerifyTest {

  private static final String SECRET = "whsec_verify";

  @TempDir Path folder;

  @Test
  void verifyAcceptsCorrectSignature() throws Exception {
    Path body = write(ServingCommandsTest.paymentSuccess());

    CliRun run = verify(body, sign(body));

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out()).contains("payment.success").contains("TX-CLI-1").contains("(final)");
  }

  @Test
  void verifyPrintsJsonEvent() throws Exception {
    Path body = write(ServingCommandsTest.paymentSuccess());

    CliRun run = verify(body, sign(body).toUpperCase(Locale.ROOT), "--json");

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(new ObjectMapper().readTree(run.out()).at("/transactionId").asText())
        .isEqualTo("TX-CLI-1");
    assertThat(new ObjectMapper().readTree(run.out()).at("/type").asText())
        .isEqualTo("payment.success");
  }

  @Test
  void verifyRejectsChangedBodyAndBadSignatures() throws Exception {
    Path body = write(ServingCommandsTest.paymentSuccess());
    String signature = sign(body);
    Path changed = write(ServingCommandsTest.paymentSuccess().replace("1000", "9000"));

    CliRun tampered = verify(changed, signature);
    CliRun notHex = verify(body, "xyz");

    assertThat(tampered.exitCode()).isEqualTo(1);
    assertThat(tampered.err()).startsWith("Webhook rejected:");
    assertThat(tampered.err()).doesNotContain(SECRET).doesNotContain(signature);
    assertThat(notHex.exitCode()).isEqualTo(1);
  }

  @Test
  void verifyJsonReportsRejection() throws Exception {
    Path body = write(ServingCommandsTest.paymentSuccess());

    CliRun run = verify(body, "00".repeat(64), "--json");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(new ObjectMapper().readTree(run.out()).at("/error/type").asText())
        .isEqualTo("BadSignature");
  }

  @Test
  void verifyMissingFileExitsTwo() {
    Path missing = folder.resolve("absent.json");

    CliRun run = verify(missing, "00");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("absent.json").contains("was not found");
  }

  private CliRun verify(Path body, String signature, String... extra) {
    String[] base = {
      "webhooks", "verify", "--secret", SECRET, "--signature", signature, "--file", body.toString()
    };
    String[] all = new String[base.length + extra.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(extra, 0, all, base.length, extra.length);
    return CliRun.of(all);
  }

  private static String sign(Path body) throws Exception {
    return WebhookSigner.of(WebhookSecret.of(SECRET)).sign(Files.readAllBytes(body));
  }

  private Path write(String text) throws Exception {
    Path file = Files.createTempFile(folder, "webhook", ".json");
    Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    return file;
  }
}
