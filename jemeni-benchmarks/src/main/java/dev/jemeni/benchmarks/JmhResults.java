package dev.jemeni.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The results JMH wrote with {@code -rf json}, looked up by benchmark method and parameters. */
final class JmhResults {

  private static final String ALLOCATION = "gc.alloc.rate.norm";

  private final JsonNode runs;

  private JmhResults(JsonNode runs) {
    this.runs = runs;
  }

  /** Reads a JMH JSON result file. */
  static JmhResults read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException(
          file + " does not exist: run the benchmarks with -rf json -rff " + file);
    }
    return new JmhResults(new ObjectMapper().readTree(file.toFile()));
  }

  /** Returns the primary score of {@code Class.method} run with {@code params}. */
  Option<Measure> score(String method, Map<String, String> params) {
    return find(method, params).map(run -> measure(run.get("primaryMetric")));
  }

  /** Returns the median of a {@code SampleTime} run; JMH gives no error for percentiles. */
  Option<Measure> median(String method) {
    return find(method, Map.of())
        .map(run -> run.get("primaryMetric"))
        .map(
            metric ->
                new Measure(
                    metric.path("scorePercentiles").path("50.0").asDouble(Double.NaN),
                    Double.NaN,
                    metric.path("scoreUnit").asText()));
  }

  /** Returns the bytes allocated per call that JMH's GC profiler measured. */
  Option<Measure> allocation(String method) {
    return find(method, Map.of()).flatMap(JmhResults::allocationMetric).map(JmhResults::measure);
  }

  private Option<JsonNode> find(String method, Map<String, String> params) {
    for (JsonNode run : runs) {
      if (run.path("benchmark").asText().endsWith("." + method) && matches(run, params)) {
        return Option.some(run);
      }
    }
    return Option.none();
  }

  private static boolean matches(JsonNode run, Map<String, String> params) {
    return params.entrySet().stream()
        .allMatch(
            param -> param.getValue().equals(run.path("params").path(param.getKey()).asText()));
  }

  /** Finds the metric by name; older JMH versions prefix it with a middle dot. */
  private static Option<JsonNode> allocationMetric(JsonNode run) {
    for (Map.Entry<String, JsonNode> metric : run.path("secondaryMetrics").properties()) {
      if (metric.getKey().endsWith(ALLOCATION)) {
        return Option.some(metric.getValue());
      }
    }
    return Option.none();
  }

  private static Measure measure(JsonNode metric) {
    return new Measure(
        metric.path("score").asDouble(Double.NaN),
        metric.path("scoreError").asDouble(Double.NaN),
        metric.path("scoreUnit").asText());
  }
}
