package dev.jemeni.benchmarks;

import io.vavr.control.Option;
import java.util.Locale;

/**
 * The library's figure beside its baseline, the ratio of the two and the target it must meet.
 *
 * @param name what is compared, such as {@code signing SHA512_PLUS GET}
 * @param library the library's figure, absent when that benchmark did not run
 * @param baseline the baseline's figure, absent when that benchmark did not run
 * @param target the bound the ratio must meet, absent for a figure recorded without a target
 */
record Comparison(
    String name, Option<Measure> library, Option<Measure> baseline, Option<Target> target) {

  /** Returns the library's figure divided by the baseline's. */
  Option<Double> ratio() {
    return library.flatMap(subject -> baseline.map(base -> subject.value() / base.value()));
  }

  /**
   * Returns the lowest and highest ratio the two confidence intervals allow, {@code unbounded} when
   * an interval reaches zero, or none when either figure has no error, as a median has not.
   */
  Option<String> ratioRange() {
    return ratioBounds()
        .map(
            bounds ->
                Double.isInfinite(bounds[1])
                    ? "unbounded"
                    : String.format(Locale.ROOT, "%.2f–%.2f", bounds[0], bounds[1]));
  }

  /**
   * Returns PASS or MISS against the target, with a question mark when the ratio's range straddles
   * the target, {@code -} without a target, or NOT RUN.
   */
  String verdict() {
    if (ratio().isEmpty()) {
      return "NOT RUN";
    }
    return target.map(this::verdict).getOrElse("-");
  }

  private String verdict(Target bound) {
    String verdict = bound.isMetBy(ratio().get()) ? "PASS" : "MISS";
    boolean straddles =
        ratioBounds().exists(range -> bound.isMetBy(range[0]) != bound.isMetBy(range[1]));
    return straddles ? verdict + "?" : verdict;
  }

  /** Returns the lowest and highest ratio, the highest infinite when unbounded, or none. */
  private Option<double[]> ratioBounds() {
    if (library.isEmpty() || baseline.isEmpty()) {
      return Option.none();
    }
    Measure subject = library.get();
    Measure base = baseline.get();
    if (Double.isNaN(subject.error()) || Double.isNaN(base.error())) {
      return Option.none();
    }
    if (subject.low() <= 0 || base.low() <= 0) {
      return Option.some(new double[] {0, Double.POSITIVE_INFINITY});
    }
    return Option.some(new double[] {subject.low() / base.high(), subject.high() / base.low()});
  }

  /**
   * A bound on a ratio.
   *
   * @param atLeast true when the ratio must be at least {@code bound}, false when at most
   * @param bound the limit itself
   */
  record Target(boolean atLeast, double bound) {

    static Target atLeast(double bound) {
      return new Target(true, bound);
    }

    static Target atMost(double bound) {
      return new Target(false, bound);
    }

    boolean isMetBy(double ratio) {
      return atLeast ? ratio >= bound : ratio <= bound;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%s %.2f", atLeast ? ">=" : "<=", bound);
    }
  }
}
