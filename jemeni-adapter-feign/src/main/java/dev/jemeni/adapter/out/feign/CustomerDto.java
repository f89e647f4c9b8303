package dev.jemeni.adapter.out.feign;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** A customer; {@code remember_token} and other unknown fields are ignored, never read. */
record CustomerDto(
    String id,
    @JsonProperty("first_name") String firstName,
    @JsonProperty("last_name") String lastName,
    String email,
    String phone,
    @JsonProperty("country_id") Integer countryId,
    @JsonProperty("created_at") Instant createdAt,
    @JsonProperty("updated_at") Instant updatedAt,
    @JsonProperty("deleted_at") Instant deletedAt)
    implements Timestamped {}
