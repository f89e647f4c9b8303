package dev.jemeni.cli;

import dev.jemeni.domain.command.CreateSubscription;
import dev.jemeni.domain.command.DisableSubscription;
import dev.jemeni.domain.error.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jemeni subscriptions}: create and disable subscriptions. */
@Command(
    mixinStandardHelpOptions = true,
    name = "subscriptions",
    description = "Create and disable customers' subscriptions.",
    subcommands = {SubscriptionsCommand.Create.class, SubscriptionsCommand.Disable.class})
final class SubscriptionsCommand {

  /** {@code jemeni subscriptions create}. */
  @Command(
      mixinStandardHelpOptions = true,
      name = "create",
      description = "Subscribe a customer to a plan.")
  static final class Create implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin ClientOptions client;
    @Mixin OutputOptions output;

    @Option(names = "--phone", required = true, description = "Customer's phone number.")
    String phone;

    @Option(names = "--plan-id", required = true, description = "Plan id, from plans list.")
    String planId;

    @Option(names = "--frequency-id", required = true, description = "Frequency id.")
    String frequencyId;

    @Option(names = "--start-at", required = true, description = "Start date, YYYY-MM-DD.")
    String startAt;

    @Override
    public Integer call() {
      Printer printer = output.printer(spec);
      Validation<Seq<Violation>, CreateSubscription> command =
          CreateSubscription.of(phone, planId, frequencyId, startAt);
      if (command.isInvalid()) {
        return printer.invalid(command.getError());
      }
      return printer.print(
          client.connect().createSubscription(command.get()), TextFormat::subscription);
    }
  }

  /** {@code jemeni subscriptions disable}. */
  @Command(
      mixinStandardHelpOptions = true,
      name = "disable",
      description = "Disable a customer's active subscription.")
  static final class Disable implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin ClientOptions client;
    @Mixin OutputOptions output;

    @Option(names = "--phone", required = true, description = "Customer's phone number.")
    String phone;

    @Override
    public Integer call() {
      Printer printer = output.printer(spec);
      Validation<Seq<Violation>, DisableSubscription> command = DisableSubscription.of(phone);
      if (command.isInvalid()) {
        return printer.invalid(command.getError());
      }
      return printer.print(
          client.connect().disableSubscription(command.get()), TextFormat::customer);
    }
  }
}
