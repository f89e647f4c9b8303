package dev.jemeni.adapter.out.feign;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** A created subscription; {@code id} is required. */
record SubscriptionDto(
    String id,
    @JsonProperty("client_id") Long clientId,
    @JsonProperty("plan_id") Long planId,
    @JsonProperty("customer_id") String customerId,
    String status,
    @JsonProperty("start_at") Instant startAt,
    @JsonProperty("expire_at") Instant expireAt,
    Boolean archived,
    @JsonProperty("created_at") Instant createdAt,
    @JsonProperty("updated_at") Instant updatedAt,
    @JsonProperty("deleted_at") Instant deletedAt,
    @JsonProperty("renewal_date") Instant renewalDate,
    Boolean renewed)
    implements Timestamped {}
