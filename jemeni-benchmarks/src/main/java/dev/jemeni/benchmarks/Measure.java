package dev.jemeni.benchmarks;

import java.util.Locale;

/**
 * One figure from a JMH result.
 *
 * @param value the score, such as a throughput, a median or bytes allocated per call
 * @param error half the width of JMH's 99.9 % confidence interval, or NaN when JMH gives none, as
 *     for a percentile
 * @param unit the unit JMH reports, such as {@code ops/us}
 */
record Measure(double value, double error, String unit) {

  /** Returns the lowest value within the error. */
  double low() {
    return Double.isNaN(error) ? value : value - error;
  }

  /** Returns the highest value within the error. */
  double high() {
    return Double.isNaN(error) ? value : value + error;
  }

  @Override
  public String toString() {
    String figure = String.format(Locale.ROOT, "%.3f", value);
    if (!Double.isNaN(error)) {
      figure += String.format(Locale.ROOT, " ± %.3f", error);
    }
    return figure + " " + unit;
  }
}
