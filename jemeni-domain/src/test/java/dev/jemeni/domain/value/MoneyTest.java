package dev.jemeni.domain.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  @ParameterizedTest
  @CsvSource({
    "5000, 5000",
    "1500.00, 1500",
    "' 250 ', 250",
    "1, 1",
    "999999999999999, 999999999999999"
  })
  void acceptsWholeXofAmounts(String raw, String plain) {
    Money money = Money.parse(raw, Money.XOF).get();

    assertThat(money.toPlainString()).isEqualTo(plain);
    assertThat(money.amount().scale()).isZero();
  }

  @Test
  void writesLargeAmountsWithoutExponent() {
    Money money = new Money(new BigDecimal("1E+6"), Money.XOF);

    assertThat(money.toPlainString()).isEqualTo("1000000");
    assertThat(money.toString()).isEqualTo("1000000 XOF");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1500.5", "0.01", "99.999"})
  void rejectsFractionalXofAmount(String raw) {
    assertThat(Money.parse(raw, Money.XOF).getError())
        .contains(raw)
        .contains("XOF has no minor unit");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "0.00", "-1", "-5000"})
  void rejectsZeroOrNegativeAmount(String raw) {
    assertThat(Money.parse(raw, Money.XOF).getError()).contains("greater than zero");
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "5 000", "12,5", "1.2.3"})
  void rejectsTextThatIsNotANumber(String raw) {
    assertThat(Money.parse(raw, Money.XOF).getError()).contains("is not a plain number");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1E+3", "1e3", "5E2", "0x10"})
  void rejectsExponentNotation(String raw) {
    assertThat(Money.parse(raw, Money.XOF).getError()).contains("is not a plain number");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1000000000000000", "99999999999999999999999", "9223372036854775808"})
  void rejectsAmountsWithMoreThanFifteenDigits(String raw) {
    assertThat(Money.parse(raw, Money.XOF).getError())
        .contains("digits before the decimal point")
        .contains("at most 15");
  }

  @Test
  void rejectsHugeAmountGivenAsBigDecimal() {
    assertThat(Money.of(new BigDecimal("1E+20"), Money.XOF).getError()).contains("21 digits");
  }

  @Test
  void rejectsMissingAmount() {
    assertThat(Money.parse(null, Money.XOF).getError()).contains("amount is missing");
    assertThat(Money.parse("  ", Money.XOF).getError()).contains("amount is blank");
    assertThat(Money.of(null, Money.XOF).getError()).contains("amount is missing");
  }

  @Test
  void acceptsMinorUnitsOfCurrenciesThatHaveThem() {
    Currency euro = Currency.getInstance("EUR");

    assertThat(Money.parse("12.50", euro).get().toPlainString()).isEqualTo("12.50");
    assertThat(Money.parse("12.505", euro).getError()).contains("at most 2 decimal places");
  }

  @Test
  void constructorThrowsWithTheSameMessage() {
    assertThatThrownBy(() -> new Money(new BigDecimal("10.5"), Money.XOF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("10.5 XOF");
  }

  @Test
  void equalAmountsInDifferentScalesAreEqual() {
    assertThat(new Money(new BigDecimal("1500.00"), Money.XOF)).isEqualTo(Money.xof(1500));
  }
}
