package dev.jemeni.testkit.builder;

import dev.jemeni.domain.command.SendPayment;
import dev.jemeni.domain.value.ApiVersion;
import dev.jemeni.domain.value.CountryId;
import dev.jemeni.domain.value.Device;
import dev.jemeni.domain.value.Language;
import dev.jemeni.domain.value.Money;
import dev.jemeni.domain.value.PhoneNumber;
import dev.jemeni.domain.value.ReturnUrl;
import io.vavr.control.Option;
import java.net.URI;
import java.util.Objects;

/**
 * Builds a {@link SendPayment}. Defaults: phone {@link JemeniDefaults#CUSTOMER_PHONE}, 5000 XOF,
 * country 1, and no device, language, version or return URL.
 */
public final class SendPaymentBuilder {

  private PhoneNumber customerPhone = new PhoneNumber(JemeniDefaults.CUSTOMER_PHONE);
  private Money amount = Money.xof(JemeniDefaults.AMOUNT_XOF);
  private CountryId countryId = new CountryId(JemeniDefaults.COUNTRY_ID);
  private Option<Device> device = Option.none();
  private Option<Language> language = Option.none();
  private Option<ApiVersion> version = Option.none();
  private Option<ReturnUrl> returnUrl = Option.none();

  SendPaymentBuilder() {}

  /** Sets the customer's phone number, such as {@code 0122030465}. */
  public SendPaymentBuilder withCustomerPhone(String phone) {
    this.customerPhone = new PhoneNumber(phone);
    return this;
  }

  /** Sets the amount in XOF. */
  public SendPaymentBuilder withAmount(long xof) {
    return withAmount(Money.xof(xof));
  }

  /** Sets the amount and its currency. */
  public SendPaymentBuilder withAmount(Money amount) {
    this.amount = Objects.requireNonNull(amount, "amount");
    return this;
  }

  /** Sets the customer's country identifier. */
  public SendPaymentBuilder withCountryId(int countryId) {
    this.countryId = new CountryId(countryId);
    return this;
  }

  /** Sets the device, such as {@code android}. */
  public SendPaymentBuilder withDevice(String device) {
    this.device = Option.some(new Device(device));
    return this;
  }

  /** Sets the notification's language, such as {@code fr}. */
  public SendPaymentBuilder withLanguage(String language) {
    this.language = Option.some(new Language(language));
    return this;
  }

  /** Sets the API version, such as {@code v1}. */
  public SendPaymentBuilder withVersion(String version) {
    this.version = Option.some(new ApiVersion(version));
    return this;
  }

  /** Sets the return URL, such as {@code https://shop.example/paid}. */
  public SendPaymentBuilder withReturnUrl(String url) {
    this.returnUrl = Option.some(new ReturnUrl(URI.create(url)));
    return this;
  }

  /** Returns the command. */
  public SendPayment build() {
    return new SendPayment(customerPhone, amount, countryId, device, language, version, returnUrl);
  }
}
