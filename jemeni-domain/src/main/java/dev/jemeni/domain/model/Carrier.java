package dev.jemeni.domain.model;

import dev.jemeni.domain.value.CountryId;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A mobile-money carrier, such as Orange Money.
 *
 * @param id the carrier's identifier
 * @param carrierName the carrier's technical name, such as {@code orange_money}
 * @param countryId the country the carrier serves
 * @param displayName the name shown to customers
 * @param active whether the carrier takes payments
 * @param archived whether the carrier was archived
 */
public record Carrier(
    Option<Long> id,
    Option<String> carrierName,
    Option<CountryId> countryId,
    Option<String> displayName,
    boolean active,
    boolean archived) {

  /** Rejects null components. */
  public Carrier {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(carrierName, "carrierName");
    Objects.requireNonNull(countryId, "countryId");
    Objects.requireNonNull(displayName, "displayName");
  }
}
