package dev.jemeni.cli;

import dev.jemeni.adapter.out.fake.CustomerBehaviour;
import dev.jemeni.adapter.out.fake.FakeJemeniGateway;
import dev.jemeni.emulator.JemeniEmulator;
import dev.jemeni.webhooks.WebhookEvent;
import dev.jemeni.webhooks.WebhookSecret;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jemeni demo}: the whole payment flow through the Feign adapter, real signing and real
 * HTTP, against an emulator started in this process.
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "demo",
    description =
        "Run the payment flow end to end against an embedded emulator; exit 0 if every step"
            + " behaved as expected.")
final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--approve-after",
      defaultValue = "2",
      description = "Seconds the simulated customer takes to approve (default ${DEFAULT-VALUE}).")
  long approveAfterSeconds;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    BlockingQueue<WebhookEvent> events = new LinkedBlockingQueue<>();
    WebhookSecret secret = WebhookSecret.of("whsec_" + randomHex());
    DemoSteps steps = new DemoSteps(out, DemoFlow.STEPS);
    try (WebhookListener listener = WebhookListener.start("127.0.0.1", 0, secret, events::add);
        JemeniEmulator emulator = startEmulator(listener, secret)) {
      out.printf("Emulator on %s, webhooks to %s%n%n", emulator.baseUrl(), listener.url());
      new DemoFlow(Clients.forEmulator(emulator.baseUrl(), emulator.account()), emulator, events)
          .run(steps);
    }
    out.println();
    out.println(
        steps.allPassed()
            ? "Demo passed: every step behaved as expected."
            : "Demo failed: " + steps.failed() + " step(s) did not behave as expected.");
    out.flush();
    return steps.allPassed() ? ExitCodes.OK : ExitCodes.REJECTED;
  }

  private JemeniEmulator startEmulator(WebhookListener listener, WebhookSecret secret) {
    CustomerBehaviour approves =
        CustomerBehaviour.approvesAfter(Duration.ofSeconds(approveAfterSeconds));
    return JemeniEmulator.builder()
        .webhook(listener.url(), secret)
        .gateway(FakeJemeniGateway.builder().defaultBehaviour(approves).build())
        .start();
  }

  private static String randomHex() {
    byte[] bytes = new byte[16];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
