package dev.jemeni.domain.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierTest {

  @Test
  void numericIdentifiersAcceptPositiveValues() {
    assertThat(CountryId.of(1).get().value()).isEqualTo(1);
    assertThat(PlanId.parse(" 42 ").get().value()).isEqualTo(42L);
    assertThat(FrequencyId.parse("4").get().value()).isEqualTo(4L);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1})
  void numericIdentifiersRejectZeroAndNegative(int value) {
    assertThat(CountryId.of(value).getError()).contains("country_id " + value);
    assertThat(PlanId.of(value).getError()).contains("plan_id " + value);
    assertThat(FrequencyId.of(value).getError()).contains("frequency_id " + value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "one", "1.5", "9999999999999999999999"})
  void numericIdentifiersRejectTextThatIsNotAWholeNumber(String raw) {
    assertThat(CountryId.parse(raw).getError()).contains("is not a whole number");
    assertThat(PlanId.parse(raw).getError()).contains("is not a whole number");
  }

  @Test
  void numericIdentifierRejectsNull() {
    assertThat(FrequencyId.parse(null).getError()).contains("'null'");
  }

  @Test
  void stringIdentifiersKeepTheValueAsIssued() {
    assertThat(TransactionId.of("01JD3M8ZK4T7N2VXW5C9R6B1EQ").get().value())
        .isEqualTo("01JD3M8ZK4T7N2VXW5C9R6B1EQ");
    assertThat(PaymentReference.of("JP-8F3K2Q7W1A").get().value()).isEqualTo("JP-8F3K2Q7W1A");
    assertThat(SubscriptionId.of("17").get().value()).isEqualTo("17");
    assertThat(CustomerId.of("CUST6789").get().value()).isEqualTo("CUST6789");
  }

  @Test
  void stringIdentifiersRejectBlankControlAndOverlongValues() {
    assertThat(TransactionId.of(null).getError()).contains("transaction_id is missing");
    assertThat(TransactionId.of("  ").getError()).contains("transaction_id is blank");
    assertThat(PaymentReference.of("JP-1\n").getError()).contains("control character");
    assertThat(SubscriptionId.of("x".repeat(256)).getError()).contains("at most 255");
    assertThat(CustomerId.of("").getError()).contains("customer_id is blank");
  }

  @Test
  void stringIdentifierConstructorThrows() {
    assertThatThrownBy(() -> new TransactionId(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("transaction_id");
  }
}
