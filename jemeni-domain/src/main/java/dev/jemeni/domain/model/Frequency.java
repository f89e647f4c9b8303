package dev.jemeni.domain.model;

import dev.jemeni.domain.value.FrequencyId;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * How often a subscription renews.
 *
 * <p>The API sends only the frequency's identifier; the periods behind the identifiers are
 * configured by the caller, such as the fake adapter's seed data.
 *
 * @param id the frequency's identifier
 * @param name a readable name, such as {@code monthly}
 * @param period the length of one subscription period
 */
public record Frequency(FrequencyId id, String name, Period period) {

  /** Rejects null components and a period that is not positive. */
  public Frequency {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(period, "period");
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException(
          "frequency period " + period + " is invalid: use a positive period such as P1M");
    }
  }

  /** Returns the end of the first period of a subscription that starts on {@code start}. */
  public LocalDate expiryFor(LocalDate start) {
    return start.plus(period);
  }
}
