package dev.jemeni.domain.model;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * A merchant account of the client at one carrier.
 *
 * @param id the merchant account's identifier
 * @param clientId the client that owns it
 * @param code the merchant code at the carrier
 * @param carrierId the carrier's identifier as the API sent it
 * @param active whether the account takes payments
 * @param archived whether the account was archived
 * @param timestamps creation, update and deletion times
 * @param carrier the carrier, when the API sent it
 */
public record ClientMerchant(
    Option<Long> id,
    Option<Long> clientId,
    Option<String> code,
    Option<String> carrierId,
    boolean active,
    boolean archived,
    Timestamps timestamps,
    Option<Carrier> carrier) {

  /** Rejects null components. */
  public ClientMerchant {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(carrierId, "carrierId");
    Objects.requireNonNull(timestamps, "timestamps");
    Objects.requireNonNull(carrier, "carrier");
  }
}
