package dev.jemeni.cli;

import dev.jemeni.domain.value.ReturnUrl;
import dev.jemeni.webhooks.PaymentEvent;
import dev.jemeni.webhooks.Rejection;
import dev.jemeni.webhooks.WebhookEvent;
import dev.jemeni.webhooks.WebhookReceiver;
import dev.jemeni.webhooks.WebhookResult;
import dev.jemeni.webhooks.WebhookSecret;
import dev.jemeni.webhooks.WebhookSignatureScheme;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jemeni webhooks}: verify a webhook body, or listen for webhooks. */
@Command(
    mixinStandardHelpOptions = true,
    name = "webhooks",
    description = "Verify and receive Jemeni webhooks.",
    subcommands = {WebhooksCommand.Verify.class, WebhooksCommand.Listen.class})
final class WebhooksCommand {

  /** {@code jemeni webhooks verify}. */
  @Command(
      mixinStandardHelpOptions = true,
      name = "verify",
      description = "Verify a webhook body against its signature; exit 0 if valid, 1 if not.")
  static final class Verify implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin OutputOptions output;

    @Option(
        names = "--secret",
        defaultValue = "${env:JEMENI_WEBHOOK_SECRET}",
        description = "Webhook secret (env JEMENI_WEBHOOK_SECRET).")
    String secret;

    @Option(
        names = "--signature",
        required = true,
        description = "Value of the X-Jemeni-Signature header, hex.")
    String signature;

    @Option(names = "--file", description = "File with the exact body; stdin when absent.")
    Path file;

    @Override
    public Integer call() throws IOException {
      if (file != null && !Files.isRegularFile(file)) {
        throw new IllegalArgumentException(
            "file " + file + " was not found: pass the path of the saved webhook body");
      }
      byte[] body = file == null ? readStdin() : Files.readAllBytes(file);
      String header = WebhookSignatureScheme.hmacSha512Hex().headerName();
      WebhookResult result =
          WebhookReceiver.builder()
              .secret(webhookSecret(secret))
              .build()
              .receive(body, Map.of(header, List.of(signature)));
      return print(result, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    private int print(WebhookResult result, PrintWriter out, PrintWriter err) {
      if (result instanceof WebhookResult.Verified verified) {
        out.println(
            output.json ? ResultJson.writeEvent(verified.event()) : describe(verified.event()));
        out.flush();
        return ExitCodes.OK;
      }
      Rejection rejection = ((WebhookResult.Rejected) result).rejection();
      if (output.json) {
        out.println(ResultJson.writeRejection(rejection));
        out.flush();
      }
      err.println("Webhook rejected: " + rejection.message());
      err.flush();
      return ExitCodes.REJECTED;
    }

    private static byte[] readStdin() throws IOException {
      InputStream in = System.in;
      return in.readAllBytes();
    }
  }

  /** {@code jemeni webhooks listen}. */
  @Command(
      mixinStandardHelpOptions = true,
      name = "listen",
      description = "Receive webhooks until Ctrl-C and print each event.")
  static final class Listen implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Loopback address.")
    String host;

    @Option(names = "--port", defaultValue = "0", description = "Port; 0 picks a free one.")
    int port;

    @Option(
        names = "--secret",
        defaultValue = "${env:JEMENI_WEBHOOK_SECRET}",
        description = "Webhook secret (env JEMENI_WEBHOOK_SECRET).")
    String secret;

    @Override
    public Integer call() throws InterruptedException {
      if (!ReturnUrl.isLoopbackHost(host)) {
        throw new IllegalArgumentException(
            "host " + host + " is not a loopback address: listen binds only 127.0.0.1");
      }
      PrintWriter out = spec.commandLine().getOut();
      WebhookListener listener =
          WebhookListener.start(
              host,
              port,
              webhookSecret(secret),
              event -> {
                out.println(describe(event));
                out.flush();
              });
      out.println("Listening for webhooks on " + listener.url() + ". Stop with Ctrl-C.");
      out.flush();
      Shutdown.await(listener::close);
      return ExitCodes.OK;
    }
  }

  private static WebhookSecret webhookSecret(String secret) {
    if (secret == null || secret.isBlank()) {
      throw new IllegalArgumentException(
          "the webhook secret is missing: set JEMENI_WEBHOOK_SECRET or pass --secret");
    }
    return WebhookSecret.of(secret);
  }

  static String describe(WebhookEvent event) {
    String detail = "";
    if (event instanceof PaymentEvent payment) {
      detail =
          " transaction %s, %s, status %s"
              .formatted(payment.transactionId(), payment.amount(), payment.status().raw());
    }
    String terminal = event.isTerminal() ? " (final)" : "";
    return event.type() + " at " + event.timestamp() + detail + terminal;
  }
}
