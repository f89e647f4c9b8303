package dev.jemeni.adapter.out.feign;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.jemeni.domain.value.Money;
import java.time.Instant;

/** The payment attached to a transaction. */
record PaymentDto(
    String id,
    @JsonProperty("subscription_id") String subscriptionId,
    Money amount,
    @JsonProperty("due_at") Instant dueAt,
    String nature,
    Boolean archived,
    @JsonProperty("created_at") Instant createdAt,
    @JsonProperty("updated_at") Instant updatedAt,
    @JsonProperty("deleted_at") Instant deletedAt,
    String status,
    @JsonProperty("payment_reference") String paymentReference)
    implements Timestamped {}
