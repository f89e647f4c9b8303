package dev.jemeni.adapter.out.feign;

import dev.jemeni.domain.command.CreateSubscription;
import dev.jemeni.domain.command.DisableSubscription;
import dev.jemeni.domain.command.SendPayment;
import dev.jemeni.domain.value.ApiVersion;
import dev.jemeni.domain.value.CountryId;
import dev.jemeni.domain.value.Device;
import dev.jemeni.domain.value.FrequencyId;
import dev.jemeni.domain.value.Language;
import dev.jemeni.domain.value.Money;
import dev.jemeni.domain.value.PhoneNumber;
import dev.jemeni.domain.value.PlanId;
import dev.jemeni.domain.value.ReturnUrl;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

/** Maps validated commands to request bodies. */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
interface RequestMapper {

  @Mapping(target = "lang", source = "language")
  SendPaymentBody sendPayment(SendPayment command);

  CreateSubscriptionBody createSubscription(CreateSubscription command);

  DisableSubscriptionBody disableSubscription(DisableSubscription command);

  default String phone(PhoneNumber phone) {
    return phone.value();
  }

  /** Returns the amount scaled to the currency's minor unit: an XOF amount is a whole number. */
  default BigDecimal amount(Money money) {
    return money.amount();
  }

  default int countryId(CountryId id) {
    return id.value();
  }

  default long planId(PlanId id) {
    return id.value();
  }

  default long frequencyId(FrequencyId id) {
    return id.value();
  }

  default String isoDate(LocalDate date) {
    return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
  }

  default String device(Option<Device> device) {
    return device.map(Device::value).getOrNull();
  }

  default String language(Option<Language> language) {
    return language.map(Language::value).getOrNull();
  }

  default String version(Option<ApiVersion> version) {
    return version.map(ApiVersion::value).getOrNull();
  }

  default String returnUrl(Option<ReturnUrl> url) {
    return url.map(ReturnUrl::toString).getOrNull();
  }
}
