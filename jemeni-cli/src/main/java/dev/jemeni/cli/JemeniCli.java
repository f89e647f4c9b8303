package dev.jemeni.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code jemeni} command-line tool. */
@Command(
    name = "jemeni",
    mixinStandardHelpOptions = true,
    versionProvider = JemeniCli.Version.class,
    description = "Takes mobile-money payments through the Jemeni API.",
    subcommands = {
      PaymentsCommand.class,
      PlansCommand.class,
      SubscriptionsCommand.class,
      WebhooksCommand.class,
      EmulatorCommand.class,
      DemoCommand.class,
      CommandLine.HelpCommand.class
    })
public final class JemeniCli {

  private JemeniCli() {}

  /** Runs the tool and exits with its exit code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(out, err, args));
  }

  /**
   * Runs the tool with the given streams and returns its exit code: 0 success, 1 webhook rejected,
   * 2 invalid input, 3 API error, 4 transport failure, open circuit or unknown outcome.
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new JemeniCli());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(
        (exception, line, parseResult) -> {
          err.println(exception.getMessage());
          err.flush();
          return exception instanceof IllegalArgumentException
              ? ExitCodes.INVALID_INPUT
              : ExitCodes.TRANSPORT;
        });
    return commandLine.execute(args);
  }

  /** Reports the version from the jar's manifest, or {@code development} when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = JemeniCli.class.getPackage().getImplementationVersion();
      return new String[] {"jemeni " + (version == null ? "development" : version)};
    }
  }
}
