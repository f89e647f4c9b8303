package dev.jemeni.domain.command;

import dev.jemeni.domain.error.Violation;
import dev.jemeni.domain.value.ApiVersion;
import dev.jemeni.domain.value.CountryId;
import dev.jemeni.domain.value.Device;
import dev.jemeni.domain.value.Language;
import dev.jemeni.domain.value.Money;
import dev.jemeni.domain.value.PhoneNumber;
import dev.jemeni.domain.value.ReturnUrl;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Currency;
import java.util.Objects;

/**
 * Sends a payment notification to a customer's JemeniPay account.
 *
 * <p>Not idempotent: each accepted command notifies the customer once more.
 *
 * @param customerPhone the customer's phone number
 * @param amount the amount requested
 * @param countryId the customer's country
 * @param device the device the payment comes from, sent as {@code device}
 * @param language the notification's language, sent as {@code lang}
 * @param version the API version, sent as {@code version}
 * @param returnUrl where the customer returns after paying, sent as {@code return_url}
 */
public record SendPayment(
    PhoneNumber customerPhone,
    Money amount,
    CountryId countryId,
    Option<Device> device,
    Option<Language> language,
    Option<ApiVersion> version,
    Option<ReturnUrl> returnUrl)
    implements Command {

  /** Rejects null components. */
  public SendPayment {
    Objects.requireNonNull(customerPhone, "customerPhone");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(countryId, "countryId");
    Objects.requireNonNull(device, "device");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(returnUrl, "returnUrl");
  }

  /** Returns an empty builder; the currency defaults to XOF. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Operation operation() {
    return Operation.SEND_PAYMENT;
  }

  /**
   * Collects raw input, such as command-line arguments, and validates all of it at once.
   *
   * <p>Not thread-safe; use one builder per command.
   */
  public static final class Builder {

    private String customerPhone;
    private String amount;
    private Currency currency = Money.XOF;
    private String countryId;
    private String device;
    private String language;
    private String version;
    private String returnUrl;

    private Builder() {}

    /** Sets the customer's phone number, such as {@code 98745632}. */
    public Builder customerPhone(String customerPhone) {
      this.customerPhone = customerPhone;
      return this;
    }

    /** Sets the amount as a decimal string, such as {@code 5000}. */
    public Builder amount(String amount) {
      this.amount = amount;
      return this;
    }

    /** Sets the amount. */
    public Builder amount(Money amount) {
      this.amount = amount.toPlainString();
      this.currency = amount.currency();
      return this;
    }

    /** Sets the currency; the default is XOF. */
    public Builder currency(Currency currency) {
      this.currency = Objects.requireNonNull(currency, "currency");
      return this;
    }

    /** Sets the country identifier, such as {@code 1}. */
    public Builder countryId(String countryId) {
      this.countryId = countryId;
      return this;
    }

    /** Sets the country identifier. */
    public Builder countryId(int countryId) {
      return countryId(Integer.toString(countryId));
    }

    /** Sets the optional device, such as {@code android}. */
    public Builder device(String device) {
      this.device = device;
      return this;
    }

    /** Sets the optional language, such as {@code fr}. */
    public Builder language(String language) {
      this.language = language;
      return this;
    }

    /** Sets the optional API version, such as {@code v1}. */
    public Builder version(String version) {
      this.version = version;
      return this;
    }

    /** Sets the optional return URL. */
    public Builder returnUrl(String returnUrl) {
      this.returnUrl = returnUrl;
      return this;
    }

    /** Validates every field and returns the command, or every violation found. */
    public Validation<Seq<Violation>, SendPayment> validate() {
      return Validation.combine(
              Fields.required("customer_phone", customerPhone, PhoneNumber::of),
              Fields.required("amount", amount, raw -> Money.parse(raw, currency)),
              Fields.required("country_id", countryId, CountryId::parse),
              Fields.optional("device", device, Device::of),
              Fields.optional("lang", language, Language::of),
              Fields.optional("version", version, ApiVersion::of),
              Fields.optional("return_url", returnUrl, ReturnUrl::of))
          .ap(SendPayment::new);
    }
  }
}
