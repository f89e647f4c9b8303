package dev.jemeni.cli;

import dev.jemeni.domain.command.SendPayment;
import dev.jemeni.domain.command.TransactionStateQuery;
import dev.jemeni.domain.error.Violation;
import dev.jemeni.port.out.JemeniGateway;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jemeni payments}: send a payment notification and read a transaction's state. */
@Command(
    mixinStandardHelpOptions = true,
    name = "payments",
    description = "Send payment notifications and read transaction states.",
    subcommands = {PaymentsCommand.Send.class, PaymentsCommand.State.class})
final class PaymentsCommand {

  /** {@code jemeni payments send}. */
  @Command(
      mixinStandardHelpOptions = true,
      name = "send",
      description = "Send a payment notification to a customer.")
  static final class Send implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin ClientOptions client;
    @Mixin OutputOptions output;

    @Option(names = "--phone", required = true, description = "Customer's phone number.")
    String phone;

    @Option(names = "--amount", required = true, description = "Amount in XOF, a whole number.")
    String amount;

    @Option(names = "--country-id", required = true, description = "Customer's country id.")
    String countryId;

    @Option(names = "--device", description = "Device the payment comes from, such as web.")
    String device;

    @Option(names = "--lang", description = "Notification language, such as fr.")
    String language;

    @Option(names = "--api-version", description = "API version, such as v1.")
    String version;

    @Option(names = "--return-url", description = "Where the customer returns after paying.")
    String returnUrl;

    @Override
    public Integer call() {
      Printer printer = output.printer(spec);
      Validation<Seq<Violation>, SendPayment> command =
          SendPayment.builder()
              .customerPhone(phone)
              .amount(amount)
              .countryId(countryId)
              .device(device)
              .language(language)
              .version(version)
              .returnUrl(returnUrl)
              .validate();
      if (command.isInvalid()) {
        return printer.invalid(command.getError());
      }
      JemeniGateway gateway = client.connect();
      return printer.print(gateway.sendPayment(command.get()), TextFormat::transaction);
    }
  }

  /** {@code jemeni payments state}. */
  @Command(
      mixinStandardHelpOptions = true,
      name = "state",
      description = "Read a transaction's current state.")
  static final class State implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin ClientOptions client;
    @Mixin OutputOptions output;

    @Parameters(paramLabel = "TRANSACTION_ID", description = "The transaction to read.")
    String transactionId;

    @Override
    public Integer call() {
      Printer printer = output.printer(spec);
      Validation<Seq<Violation>, TransactionStateQuery> query =
          TransactionStateQuery.of(transactionId);
      if (query.isInvalid()) {
        return printer.invalid(query.getError());
      }
      JemeniGateway gateway = client.connect();
      return printer.print(gateway.transactionState(query.get()), TextFormat::transaction);
    }
  }
}
