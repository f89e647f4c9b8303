package dev.jemeni.adapter.out.feign;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.jemeni.domain.value.Money;
import java.time.Instant;

/** A subscription plan; {@code id} is required. */
record PlanDto(
    Long id,
    @JsonProperty("client_id") Long clientId,
    String name,
    Money price,
    @JsonProperty("frequency_id") Long frequencyId,
    Boolean archived,
    @JsonProperty("created_at") Instant createdAt,
    @JsonProperty("updated_at") Instant updatedAt,
    @JsonProperty("deleted_at") Instant deletedAt)
    implements Timestamped {}
