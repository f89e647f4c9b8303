package dev.jemeni.adapter.out.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks that no secret key, access token or signature reached a log line, an exception message or
 * a {@code toString} during the suite.
 *
 * <p>The build runs this class last, in its own surefire execution. The earlier runs log to files
 * at the most verbose level: TRACE for the adapter, with Feign's FULL wire log. Their test servers
 * record every signature they receive, and surefire's reports keep every failure message and
 * everything printed. This class searches all of it.
 */
class LogSecretScanTest {

  @Test
  void scanFindsPlantedSecret(@TempDir Path directory) throws IOException {
    Path log = directory.resolve("planted.log");
    Files.writeString(log, "line one\nheader auth-token: " + Fixtures.TOKEN + "\n");

    List<String> findings = findings(List.of(directory), Set.of(Fixtures.TOKEN));

    assertThat(findings).containsExactly(log + ":2");
  }

  @Test
  void suiteLoggedAtMostVerboseLevel() throws IOException {
    List<Path> logs = logFiles();

    String log = Files.readString(logs.get(0), StandardCharsets.ISO_8859_1);

    assertThat(log).contains("---> POST http://127.0.0.1:", "<--- HTTP/1.1 200");
    assertThat(log).contains("\"customer_phone\":\"98745632\"");
    assertThat(log).contains("Retrying transaction-state for transaction");
    assertThat(log).contains("Circuit breaker jemeni-sandbox changed from CLOSED to OPEN");
    assertThat(log).contains("send-payment failed: The outcome of send-payment is unknown");
  }

  @Test
  void noSecretTokenOrSignatureAnywhere() {
    List<Path> scanned = scannedPaths();
    Set<String> secrets = new LinkedHashSet<>(List.of(Fixtures.TOKEN, Fixtures.SECRET));
    Set<String> signatures = recordedSignatures();
    secrets.addAll(signatures);

    List<String> findings = findings(scanned, secrets);

    assertThat(signatures).as("signatures recorded by the test servers").hasSizeGreaterThan(50);
    assertThat(findings).as("file:line holding a secret, token or signature").isEmpty();
  }

  private static List<Path> logFiles() {
    List<Path> logs = scannedPaths().stream().filter(Files::isRegularFile).toList();
    assertThat(logs).as("log files of the earlier test runs").isNotEmpty();
    return logs;
  }

  private static List<Path> scannedPaths() {
    String scanned = System.getProperty("jemeni.test.scanned");
    assumeTrue(scanned != null, "the build's secret-scan execution names the files to scan");
    List<Path> paths = Arrays.stream(scanned.split(",")).map(Path::of).toList();
    for (Path path : paths) {
      assertThat(path).as("output of an earlier test run").exists();
    }
    return paths;
  }

  private static Set<String> recordedSignatures() {
    Set<String> signatures = new LinkedHashSet<>();
    for (String ledger : System.getProperty("jemeni.test.ledgers", "").split(",")) {
      for (String line : lines(Path.of(ledger))) {
        if (!line.isBlank()) {
          signatures.add(line.strip());
        }
      }
    }
    return signatures;
  }

  /** Returns {@code file:line} for every line that contains one of {@code secrets}. */
  private static List<String> findings(List<Path> roots, Set<String> secrets) {
    List<String> findings = new ArrayList<>();
    for (Path root : roots) {
      for (Path file : files(root)) {
        List<String> lines = lines(file);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i);
          if (secrets.stream().anyMatch(line::contains)) {
            findings.add(file + ":" + (i + 1));
          }
        }
      }
    }
    return findings;
  }

  private static List<Path> files(Path root) {
    if (Files.isRegularFile(root)) {
      return List.of(root);
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads lines byte for byte; secrets and signatures are ASCII in any encoding. */
  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
