package dev.jemeni.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One in-process run of the tool, with its exit code, stdout and stderr.
 *
 * @param exitCode the exit code
 * @param out what the tool printed on stdout
 * @param err what the tool printed on stderr
 */
record CliRun(int exitCode, String out, String err) {

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = JemeniCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** Runs a command with the connection options of an emulator prepended after the command. */
  static CliRun against(ClientSettings settings, String... args) {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    all.addAll(settings.options());
    return of(all.toArray(String[]::new));
  }

  /**
   * Connection options for the API commands.
   *
   * @param baseUrl the base URL
   * @param apiKey the public key
   * @param token the access token
   * @param secretKey the secret key
   */
  record ClientSettings(String baseUrl, String apiKey, String token, String secretKey) {
    List<String> options() {
      return List.of(
          "--base-url", baseUrl, "--api-key", apiKey, "--token", token, "--secret-key", secretKey);
    }
  }
}
