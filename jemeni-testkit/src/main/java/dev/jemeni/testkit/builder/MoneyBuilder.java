package dev.jemeni.testkit.builder;

import dev.jemeni.domain.value.Money;
import java.math.BigDecimal;
import java.util.Currency;

/** Builds {@link Money}. Defaults: 5000 XOF. */
public final class MoneyBuilder {

  private BigDecimal amount = BigDecimal.valueOf(JemeniDefaults.AMOUNT_XOF);
  private Currency currency = Money.XOF;

  MoneyBuilder() {}

  /** Sets a whole amount. */
  public MoneyBuilder withAmount(long amount) {
    this.amount = BigDecimal.valueOf(amount);
    return this;
  }

  /** Sets a decimal amount, such as {@code 1500.00}. */
  public MoneyBuilder withAmount(String amount) {
    this.amount = new BigDecimal(amount);
    return this;
  }

  /** Sets the ISO 4217 currency code, such as {@code EUR}. */
  public MoneyBuilder withCurrency(String currencyCode) {
    this.currency = Currency.getInstance(currencyCode);
    return this;
  }

  /**
   * Returns the money, or throws {@link IllegalArgumentException} for an amount the domain rejects.
   */
  public Money build() {
    return new Money(amount, currency);
  }
}
