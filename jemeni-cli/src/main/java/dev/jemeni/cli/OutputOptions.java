package dev.jemeni.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The {@code --json} switch shared by every command that prints a result. */
final class OutputOptions {

  @Option(names = "--json", description = "Print one JSON document on stdout.")
  boolean json;

  Printer printer(CommandSpec spec) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    return new Printer(out, err, json);
  }
}
