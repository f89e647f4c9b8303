package dev.jemeni.adapter.out.feign;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** The merchant's own account, sent as {@code client}. */
record ClientAccountDto(
    Long id,
    String name,
    @JsonProperty("client_type_id") Long clientTypeId,
    Integer status,
    @JsonProperty("verified_at") Instant verifiedAt,
    String location,
    @JsonProperty("created_at") Instant createdAt,
    @JsonProperty("updated_at") Instant updatedAt,
    @JsonProperty("deleted_at") Instant deletedAt)
    implements Timestamped {}
