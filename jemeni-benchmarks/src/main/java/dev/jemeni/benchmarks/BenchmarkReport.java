package dev.jemeni.benchmarks;

import dev.jemeni.benchmarks.Comparison.Target;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Prints every comparison of a JMH JSON result file as a ratio, with its target and PASS or MISS.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.jemeni.benchmarks.BenchmarkReport RESULTS.json}. A
 * benchmark missing from the file, as after a run filtered with a regular expression, is reported
 * as NOT RUN. The exit status is 0 whatever the verdicts, because the figures are the output.
 */
public final class BenchmarkReport {

  private static final String ROW = "%-36s %-30s %-30s %6s  %-11s %-8s %s%n";

  private BenchmarkReport() {}

  /**
   * Reads the result file and prints the table.
   *
   * @param args the path of the JMH JSON result file
   * @throws IOException when the file is missing or is not JSON
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: BenchmarkReport RESULTS.json (the file JMH wrote with -rf json)");
      System.exit(2);
    }
    JmhResults results = JmhResults.read(Path.of(args[0]));
    List<Comparison> comparisons = comparisons(results);
    System.out.printf(
        Locale.ROOT,
        ROW,
        "Comparison",
        "Library",
        "Baseline",
        "Ratio",
        "Range",
        "Target",
        "Result");
    comparisons.forEach(BenchmarkReport::print);
    long missed = comparisons.count(comparison -> comparison.verdict().startsWith("MISS"));
    long unsure = comparisons.count(comparison -> comparison.verdict().endsWith("?"));
    long targeted = comparisons.count(comparison -> comparison.target().isDefined());
    System.out.printf(
        Locale.ROOT,
        "%d of %d targets missed; %d verdicts marked ? have a range on both sides of the target%n",
        missed,
        targeted,
        unsure);
  }

  static List<Comparison> comparisons(JmhResults results) {
    return signing(results)
        .appendAll(responseHandling(results))
        .appendAll(endToEnd(results))
        .append(emulator(results))
        .appendAll(allocation(results));
  }

  private static List<Comparison> signing(JmhResults results) {
    return List.of("SHA512_PLUS", "HMAC_SHA512")
        .flatMap(
            scheme ->
                List.of("GET_STATE", "POST_PAYMENT")
                    .map(
                        request -> {
                          Map<String, String> params = Map.of("scheme", scheme, "request", request);
                          Option<Measure> bare =
                              results.score("SigningBenchmark.bareDigest", params);
                          return List.of(
                              new Comparison(
                                  "signing " + scheme + " " + request,
                                  results.score("SigningBenchmark.signer", params),
                                  bare,
                                  Option.some(Target.atLeast(0.90))),
                              new Comparison(
                                  "  bare digest + hex, same request",
                                  results.score("SigningBenchmark.bareDigestHex", params),
                                  bare,
                                  Option.none()));
                        })
                    .flatMap(pair -> pair));
  }

  private static List<Comparison> responseHandling(JmhResults results) {
    return List.of(
        new Comparison(
            "response classify+map vs tree",
            results.score("ResponseHandlingBenchmark.library", Map.of()),
            results.score("ResponseHandlingBenchmark.bareTree", Map.of()),
            Option.none()));
  }

  private static List<Comparison> endToEnd(JmhResults results) {
    return List.of(
        new Comparison(
            "end-to-end median, 1 caller",
            results.median("EndToEndBenchmark.libraryLatency1"),
            results.median("EndToEndBenchmark.rawLatency1"),
            Option.some(Target.atMost(1.10))),
        new Comparison(
            "end-to-end median, 16 callers",
            results.median("EndToEndBenchmark.libraryLatency16"),
            results.median("EndToEndBenchmark.rawLatency16"),
            Option.some(Target.atMost(1.10))),
        new Comparison(
            "end-to-end calls/s, 16 callers",
            results.score("EndToEndBenchmark.libraryThroughput16", Map.of()),
            results.score("EndToEndBenchmark.rawThroughput16", Map.of()),
            Option.some(Target.atLeast(0.90))),
        new Comparison(
            "  raw + tree parse median, 1 caller",
            results.median("EndToEndBenchmark.rawWithTreeLatency1"),
            results.median("EndToEndBenchmark.rawLatency1"),
            Option.none()),
        new Comparison(
            "  raw + tree parse calls/s, 16",
            results.score("EndToEndBenchmark.rawWithTreeThroughput16", Map.of()),
            results.score("EndToEndBenchmark.rawThroughput16", Map.of()),
            Option.none()),
        new Comparison(
            "  library work, no HTTP, vs raw",
            results.score("LibraryWithoutHttpBenchmark.library", Map.of()),
            results.median("EndToEndBenchmark.rawLatency1"),
            Option.none()));
  }

  private static Comparison emulator(JmhResults results) {
    return new Comparison(
        "emulator vs WireMock requests/s",
        results.score("EmulatorBenchmark.emulator", Map.of()),
        results.score("EmulatorBenchmark.wiremock", Map.of()),
        Option.some(Target.atLeast(1.00)));
  }

  private static List<Comparison> allocation(JmhResults results) {
    return List.of(
        new Comparison(
            "allocation per call, 1 caller",
            results.allocation("EndToEndBenchmark.libraryLatency1"),
            results.allocation("EndToEndBenchmark.rawLatency1"),
            Option.none()),
        new Comparison(
            "allocation per call, 16 callers",
            results.allocation("EndToEndBenchmark.libraryThroughput16"),
            results.allocation("EndToEndBenchmark.rawThroughput16"),
            Option.none()));
  }

  private static void print(Comparison comparison) {
    System.out.printf(
        Locale.ROOT,
        ROW,
        comparison.name(),
        comparison.library().map(Measure::toString).getOrElse("-"),
        comparison.baseline().map(Measure::toString).getOrElse("-"),
        comparison.ratio().map(ratio -> String.format(Locale.ROOT, "%.2f", ratio)).getOrElse("-"),
        comparison.ratioRange().getOrElse("-"),
        comparison.target().map(Target::toString).getOrElse("-"),
        comparison.verdict());
  }
}
