package dev.jemeni.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code jemeni plans}: list subscription plans. */
@Command(
    mixinStandardHelpOptions = true,
    name = "plans",
    description = "List subscription plans.",
    subcommands = {PlansCommand.ListPlans.class})
final class PlansCommand {

  /** {@code jemeni plans list}. */
  @Command(
      mixinStandardHelpOptions = true,
      name = "list",
      description = "List every plan, archived ones included.")
  static final class ListPlans implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin ClientOptions client;
    @Mixin OutputOptions output;

    @Override
    public Integer call() {
      return output.printer(spec).print(client.connect().listPlans(), TextFormat::plans);
    }
  }
}
