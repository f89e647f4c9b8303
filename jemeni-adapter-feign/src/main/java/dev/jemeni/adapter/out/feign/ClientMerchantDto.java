package dev.jemeni.adapter.out.feign;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** A merchant account of the client at one carrier. */
record ClientMerchantDto(
    Long id,
    @JsonProperty("client_id") Long clientId,
    String code,
    @JsonProperty("carrier_id") String carrierId,
    Boolean active,
    Boolean archived,
    @JsonProperty("created_at") Instant createdAt,
    @JsonProperty("updated_at") Instant updatedAt,
    @JsonProperty("deleted_at") Instant deletedAt,
    CarrierDto carrier)
    implements Timestamped {}
