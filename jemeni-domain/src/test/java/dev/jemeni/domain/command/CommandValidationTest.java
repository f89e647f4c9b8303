package dev.jemeni.domain.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jemeni.domain.error.Violation;
import dev.jemeni.domain.value.Money;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CommandValidationTest {

  @Test
  void sendPaymentBuildsFromValidInput() {
    SendPayment command =
        SendPayment.builder()
            .customerPhone("98 74 56 32")
            .amount("5000")
            .countryId(1)
            .device("android")
            .language("fr")
            .version("v1")
            .returnUrl("https://shop.example/callback")
            .validate()
            .get();

    assertThat(command.customerPhone().value()).isEqualTo("98745632");
    assertThat(command.amount()).isEqualTo(Money.xof(5000));
    assertThat(command.countryId().value()).isEqualTo(1);
    assertThat(command.language().get().value()).isEqualTo("fr");
    assertThat(command.operation()).isEqualTo(Operation.SEND_PAYMENT);
  }

  @Test
  void sendPaymentLeavesOptionalFieldsAbsent() {
    SendPayment command =
        SendPayment.builder().customerPhone("98745632").amount("1").countryId("1").validate().get();

    assertThat(command.device().isEmpty()).isTrue();
    assertThat(command.language().isEmpty()).isTrue();
    assertThat(command.version().isEmpty()).isTrue();
    assertThat(command.returnUrl().isEmpty()).isTrue();
  }

  @Test
  void sendPaymentReportsEveryViolatedField() {
    Seq<Violation> violations =
        SendPayment.builder()
            .customerPhone("7O000001")
            .amount("1500.5")
            .countryId("0")
            .device("")
            .language("french")
            .version("one")
            .returnUrl("http://shop.example/cb")
            .validate()
            .getError();

    assertThat(violations.map(Violation::field))
        .containsExactly(
            "customer_phone", "amount", "country_id", "device", "lang", "version", "return_url");
    assertThat(violations.get(0).message()).contains("7O000001");
    assertThat(violations.get(1).message()).contains("1500.5");
  }

  @Test
  void sendPaymentReportsMissingRequiredFields() {
    Seq<Violation> violations = SendPayment.builder().validate().getError();

    assertThat(violations.map(Violation::field))
        .containsExactly("customer_phone", "amount", "country_id");
    assertThat(violations.map(Violation::message)).allMatch(m -> m.contains("is missing"));
  }

  @Test
  void createSubscriptionBuildsFromValidInput() {
    CreateSubscription command = CreateSubscription.of("0122030465", "1", "1", "2024-10-27").get();

    assertThat(command.startAt()).isEqualTo(LocalDate.of(2024, 10, 27));
    assertThat(command.planId().value()).isEqualTo(1L);
    assertThat(command.operation().changesState()).isTrue();
  }

  @Test
  void createSubscriptionReportsEveryViolatedField() {
    Seq<Violation> violations = CreateSubscription.of("123", "zero", "-4", "27/10/2024").getError();

    assertThat(violations.map(Violation::field))
        .containsExactly("phone", "plan_id", "frequency_id", "start_at");
    assertThat(violations.last().message()).contains("27/10/2024").contains("YYYY-MM-DD");
  }

  @Test
  void createSubscriptionRejectsExtendedYears() {
    Seq<Violation> violations =
        CreateSubscription.of("98745632", "1", "1", "+999999999-12-31").getError();

    assertThat(violations.map(Violation::field)).containsExactly("start_at");
  }

  @Test
  void disableSubscriptionAndStateQueryValidateTheirSingleField() {
    assertThat(DisableSubscription.of("98745632").get().phone().value()).isEqualTo("98745632");
    assertThat(DisableSubscription.of("abc").getError().head().field()).isEqualTo("phone");
    assertThat(TransactionStateQuery.of("TX1").get().transactionId().value()).isEqualTo("TX1");
    assertThat(TransactionStateQuery.of(" ").getError().head().field()).isEqualTo("transaction_id");
    assertThat(TransactionStateQuery.of(null).getError().head().message()).contains("is missing");
  }
}
