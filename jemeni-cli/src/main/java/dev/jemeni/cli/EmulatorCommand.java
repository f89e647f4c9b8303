package dev.jemeni.cli;

import dev.jemeni.adapter.out.fake.CustomerBehaviour;
import dev.jemeni.adapter.out.fake.FakeJemeniGateway;
import dev.jemeni.emulator.JemeniEmulator;
import dev.jemeni.emulator.JemeniEmulatorBuilder;
import dev.jemeni.signature.ApiCredentials;
import dev.jemeni.webhooks.WebhookSecret;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jemeni emulator}: run the API emulator until Ctrl-C. */
@Command(
    mixinStandardHelpOptions = true,
    name = "emulator",
    description = "Run a local emulator of the Jemeni API until Ctrl-C.")
final class EmulatorCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Loopback address to bind.")
  String host;

  @Option(names = "--port", defaultValue = "0", description = "Port; 0 picks a free one.")
  int port;

  @Option(names = "--api-key", description = "Accepted API key; random when absent.")
  String apiKey;

  @Option(names = "--token", description = "Accepted access token.")
  String token;

  @Option(names = "--secret-key", description = "Secret key requests are signed with.")
  String secretKey;

  @Option(names = "--webhook-url", description = "Where to POST signed webhooks.")
  URI webhookUrl;

  @Option(names = "--webhook-secret", description = "Secret that signs webhooks.")
  String webhookSecret;

  @Option(
      names = "--approve-after",
      defaultValue = "3",
      description = "Seconds after which customers approve payments; 0 never (default 3).")
  long approveAfterSeconds;

  @Option(
      names = "--fault",
      description =
          "Fault for the next requests: KIND[xCOUNT][@PATH_SUFFIX], KIND one of 503, 429:SECONDS,"
              + " 5001, 5002, delay:MILLIS, drop. Repeatable.")
  List<String> faults = new ArrayList<>();

  @Override
  public Integer call() throws InterruptedException {
    JemeniEmulator emulator = configure().start();
    faults.forEach(emulator.faults()::plan);
    PrintWriter out = spec.commandLine().getOut();
    printReady(emulator, out);
    Shutdown.await(
        () -> {
          emulator.close();
          out.println("Jemeni emulator stopped.");
          out.flush();
        });
    return ExitCodes.OK;
  }

  private JemeniEmulatorBuilder configure() {
    JemeniEmulatorBuilder builder = JemeniEmulator.builder().host(host).port(port);
    if (apiKey != null || token != null || secretKey != null) {
      String together = " is missing: pass --api-key, --token and --secret-key together, or none";
      ClientOptions.require(apiKey, "--api-key" + together);
      ClientOptions.require(token, "--token" + together);
      ClientOptions.require(secretKey, "--secret-key" + together);
      builder.account(ApiCredentials.of(apiKey, token, secretKey));
    }
    if (webhookUrl != null) {
      if (webhookSecret == null || webhookSecret.isBlank()) {
        throw new IllegalArgumentException(
            "--webhook-secret is missing: pass it with --webhook-url");
      }
      builder.webhook(webhookUrl, WebhookSecret.of(webhookSecret));
    }
    if (approveAfterSeconds < 0) {
      throw new IllegalArgumentException(
          "--approve-after is "
              + approveAfterSeconds
              + ": pass a number of seconds, or 0 for customers who never respond");
    }
    CustomerBehaviour behaviour =
        approveAfterSeconds > 0
            ? CustomerBehaviour.approvesAfter(Duration.ofSeconds(approveAfterSeconds))
            : CustomerBehaviour.neverResponds();
    return builder.gateway(FakeJemeniGateway.builder().defaultBehaviour(behaviour).build());
  }

  private static void printReady(JemeniEmulator emulator, PrintWriter out) {
    ApiCredentials account = emulator.account();
    out.println("Jemeni emulator ready. Stop it with Ctrl-C.");
    out.println("JEMENI_BASE_URL=" + emulator.baseUrl());
    // The emulator serves a pk_live_ key under /live/ only, so the client must use that
    // environment.
    out.println("JEMENI_ENVIRONMENT=" + (account.isLiveKey() ? "live" : "sandbox"));
    out.println("JEMENI_API_KEY=" + account.apiKey());
    // The emulator's own generated test keys are printed so a client can use them; they open
    // nothing but this process.
    out.println("JEMENI_TOKEN=" + account.token());
    out.println("JEMENI_SECRET_KEY=" + account.secretKey());
    out.flush();
  }
}
