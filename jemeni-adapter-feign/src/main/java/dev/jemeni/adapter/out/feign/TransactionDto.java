package dev.jemeni.adapter.out.feign;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.jemeni.domain.value.Money;
import java.time.Instant;
import java.util.List;

/** A transaction as sent by send payment and transaction state; every field may be absent. */
record TransactionDto(
    Long id,
    Money amount,
    String state,
    @JsonProperty("transaction_id") String transactionId,
    @JsonProperty("created_at") Instant createdAt,
    @JsonProperty("updated_at") Instant updatedAt,
    @JsonProperty("deleted_at") Instant deletedAt,
    CustomerDto customer,
    @JsonProperty("client_merchants") List<ClientMerchantDto> clientMerchants,
    ClientAccountDto client,
    PaymentDto payment)
    implements Timestamped {}
