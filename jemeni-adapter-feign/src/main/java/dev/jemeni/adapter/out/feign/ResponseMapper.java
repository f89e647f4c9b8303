package dev.jemeni.adapter.out.feign;

import dev.jemeni.domain.model.Carrier;
import dev.jemeni.domain.model.ClientAccount;
import dev.jemeni.domain.model.ClientMerchant;
import dev.jemeni.domain.model.Customer;
import dev.jemeni.domain.model.Payment;
import dev.jemeni.domain.model.PaymentStatus;
import dev.jemeni.domain.model.Plan;
import dev.jemeni.domain.model.Subscription;
import dev.jemeni.domain.model.Timestamps;
import dev.jemeni.domain.model.Transaction;
import dev.jemeni.domain.model.TransactionState;
import dev.jemeni.domain.value.CountryId;
import dev.jemeni.domain.value.CustomerId;
import dev.jemeni.domain.value.FrequencyId;
import dev.jemeni.domain.value.Money;
import dev.jemeni.domain.value.PaymentReference;
import dev.jemeni.domain.value.PlanId;
import dev.jemeni.domain.value.SubscriptionId;
import dev.jemeni.domain.value.TransactionId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

/**
 * Maps response DTOs to domain records.
 *
 * <p>Required fields ({@code transaction_id}, a plan's and a subscription's {@code id}) were
 * checked by {@link RequiredFields} before; an optional value the domain rejects, such as country 0
 * in the documented examples, is absent.
 */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
interface ResponseMapper {

  @Mapping(target = "timestamps", source = ".")
  Transaction transaction(TransactionDto dto);

  @Mapping(target = "timestamps", source = ".")
  Customer customer(CustomerDto dto);

  @Mapping(target = "timestamps", source = ".")
  ClientMerchant clientMerchant(ClientMerchantDto dto);

  Carrier carrier(CarrierDto dto);

  @Mapping(target = "timestamps", source = ".")
  ClientAccount clientAccount(ClientAccountDto dto);

  @Mapping(target = "timestamps", source = ".")
  @Mapping(target = "reference", source = "paymentReference")
  Payment payment(PaymentDto dto);

  @Mapping(target = "timestamps", source = ".")
  Plan plan(PlanDto dto);

  @Mapping(target = "timestamps", source = ".")
  Subscription subscription(SubscriptionDto dto);

  default Timestamps timestamps(Timestamped dto) {
    return new Timestamps(
        Option.of(dto.createdAt()), Option.of(dto.updatedAt()), Option.of(dto.deletedAt()));
  }

  default List<ClientMerchant> clientMerchants(java.util.List<ClientMerchantDto> dtos) {
    return dtos == null
        ? List.empty()
        : List.ofAll(dtos).filter(Objects::nonNull).map(this::clientMerchant);
  }

  default Option<Customer> optionalCustomer(CustomerDto dto) {
    return Option.of(dto).map(this::customer);
  }

  default Option<ClientAccount> optionalClientAccount(ClientAccountDto dto) {
    return Option.of(dto).map(this::clientAccount);
  }

  default Option<Payment> optionalPayment(PaymentDto dto) {
    return Option.of(dto).map(this::payment);
  }

  default Option<Carrier> optionalCarrier(CarrierDto dto) {
    return Option.of(dto).map(this::carrier);
  }

  default Option<String> optionalText(String value) {
    return Option.of(value).filter(text -> !text.isBlank());
  }

  default Option<Long> optionalLong(Long value) {
    return Option.of(value);
  }

  default Option<Integer> optionalInteger(Integer value) {
    return Option.of(value);
  }

  default Option<Instant> optionalInstant(Instant value) {
    return Option.of(value);
  }

  default Option<Money> optionalMoney(Money value) {
    return Option.of(value);
  }

  default boolean flag(Boolean value) {
    return Boolean.TRUE.equals(value);
  }

  default Option<CustomerId> optionalCustomerId(String value) {
    return optionalText(value).flatMap(text -> CustomerId.of(text).toOption());
  }

  default Option<CountryId> optionalCountryId(Integer value) {
    return Option.of(value).flatMap(id -> CountryId.of(id).toOption());
  }

  default Option<PlanId> optionalPlanId(Long value) {
    return Option.of(value).flatMap(id -> PlanId.of(id).toOption());
  }

  default Option<FrequencyId> optionalFrequencyId(Long value) {
    return Option.of(value).flatMap(id -> FrequencyId.of(id).toOption());
  }

  default Option<PaymentReference> optionalReference(String value) {
    return optionalText(value).flatMap(text -> PaymentReference.of(text).toOption());
  }

  default TransactionState state(String raw) {
    return new TransactionState(raw == null ? "" : raw);
  }

  default PaymentStatus paymentStatus(String raw) {
    return new PaymentStatus(raw == null ? "" : raw);
  }

  default TransactionId transactionId(String value) {
    return new TransactionId(value);
  }

  default SubscriptionId subscriptionId(String value) {
    return new SubscriptionId(value);
  }

  default PlanId planId(Long value) {
    return new PlanId(value);
  }
}
