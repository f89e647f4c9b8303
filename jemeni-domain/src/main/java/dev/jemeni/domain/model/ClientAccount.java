package dev.jemeni.domain.model;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * The merchant's own account at Jemeni, returned as {@code client} with a transaction.
 *
 * @param id the client's identifier
 * @param name the business name
 * @param clientTypeId the kind of client
 * @param status the account status code
 * @param verifiedAt when the account was verified
 * @param location where the business is
 * @param timestamps creation and update times
 */
public record ClientAccount(
    Option<Long> id,
    Option<String> name,
    Option<Long> clientTypeId,
    Option<Integer> status,
    Option<Instant> verifiedAt,
    Option<String> location,
    Timestamps timestamps) {

  /** Rejects null components. */
  public ClientAccount {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(clientTypeId, "clientTypeId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(verifiedAt, "verifiedAt");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(timestamps, "timestamps");
  }
}
