package dev.jemeni.testkit.builder;

import static dev.jemeni.testkit.assertion.JemeniAssertions.assertThat;
import static dev.jemeni.testkit.assertion.JemeniAssertions.assertThatThrownBy;
import static dev.jemeni.testkit.builder.JemeniBuilders.aCreateSubscription;
import static dev.jemeni.testkit.builder.JemeniBuilders.aCustomer;
import static dev.jemeni.testkit.builder.JemeniBuilders.aDisableSubscription;
import static dev.jemeni.testkit.builder.JemeniBuilders.aMoney;
import static dev.jemeni.testkit.builder.JemeniBuilders.aPayment;
import static dev.jemeni.testkit.builder.JemeniBuilders.aPlan;
import static dev.jemeni.testkit.builder.JemeniBuilders.aSendPayment;
import static dev.jemeni.testkit.builder.JemeniBuilders.aSubscription;
import static dev.jemeni.testkit.builder.JemeniBuilders.aTransaction;
import static dev.jemeni.testkit.builder.JemeniBuilders.aTransactionStateQuery;

import dev.jemeni.adapter.out.fake.FakeJemeniGateway;
import dev.jemeni.adapter.out.fake.FakeSeed;
import dev.jemeni.domain.command.SendPayment;
import dev.jemeni.domain.model.Outcome;
import dev.jemeni.domain.model.Transaction;
import dev.jemeni.domain.value.CountryId;
import dev.jemeni.domain.value.Money;
import dev.jemeni.domain.value.PhoneNumber;
import dev.jemeni.domain.value.TransactionId;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class JemeniBuildersTest {

  private final FakeJemeniGateway fake = FakeJemeniGateway.seeded();

  @Test
  void defaultSendPaymentIsAcceptedBySeededFake() {
    assertThat(fake.sendPayment(aSendPayment().build())).isSuccess();
  }

  @Test
  void defaultSubscriptionCommandsAreAcceptedBySeededFake() {
    assertThat(fake.createSubscription(aCreateSubscription().build())).isSuccess();
    assertThat(fake.disableSubscription(aDisableSubscription().build())).isSuccess();
  }

  @Test
  void sendPaymentDefaultsMatchSeed() {
    SendPayment command = aSendPayment().build();

    assertThat(command.customerPhone()).isEqualTo(new PhoneNumber("98745632"));
    assertThat(command.amount()).isEqualTo(Money.xof(5000));
    assertThat(command.countryId()).isEqualTo(new CountryId(1));
    assertThat(command.device()).isEmpty();
    assertThat(command.returnUrl()).isEmpty();
  }

  @Test
  void overridingAmountKeepsOtherDefaults() {
    SendPayment defaults = aSendPayment().build();

    SendPayment changed = aSendPayment().withAmount(7500).build();

    assertThat(changed.amount()).isEqualTo(Money.xof(7500));
    assertThat(changed.customerPhone()).isEqualTo(defaults.customerPhone());
    assertThat(changed.countryId()).isEqualTo(defaults.countryId());
  }

  @Test
  void optionalSendPaymentFieldsAreSet() {
    SendPayment command =
        aSendPayment()
            .withDevice("android")
            .withLanguage("FR")
            .withVersion("v1")
            .withReturnUrl("https://shop.example/paid")
            .build();

    assertThat(command.device().map(Object::toString)).containsExactly("android");
    assertThat(command.language().map(Object::toString)).containsExactly("fr");
    assertThat(command.version().map(Object::toString)).containsExactly("v1");
    assertThat(command.returnUrl().map(Object::toString))
        .containsExactly("https://shop.example/paid");
  }

  @Test
  void invalidValueIsRejectedNamingIt() {
    assertThatThrownBy(() -> aSendPayment().withCustomerPhone("12"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'12'");
  }

  @Test
  void stateQueryTargetsGivenTransaction() {
    Transaction transaction = aTransaction().withTransactionId("TX-42").build();

    assertThat(aTransactionStateQuery().forTransaction(transaction).build().transactionId())
        .isEqualTo(new TransactionId("TX-42"));
    assertThat(aTransactionStateQuery().build().transactionId())
        .isEqualTo(new TransactionId(JemeniDefaults.TRANSACTION_ID));
  }

  @Test
  void entityDefaultsMatchSeed() {
    assertThat(aCustomer().build()).isEqualTo(FakeSeed.customers().head());
    assertThat(aPlan().build()).isEqualTo(FakeSeed.plans().head());
    assertThat(aTransaction().build().client()).containsExactly(FakeSeed.client());
  }

  @Test
  void transactionDefaultsArePendingWithoutPayment() {
    assertThat(aTransaction().build()).isPending().hasAmount(5000).hasNoPayment();
  }

  @Test
  void paymentDefaultsPendingDueInFourDays() {
    assertThat(aPayment().build().status().outcome()).isEqualTo(Outcome.PENDING);
    assertThat(aPayment().build().dueAt())
        .containsExactly(JemeniDefaults.NOW.plusSeconds(4 * 24 * 3600));
  }

  @Test
  void subscriptionDefaultsLastOneMonth() {
    assertThat(aSubscription().build())
        .isActive()
        .startsOn(JemeniDefaults.START_DATE)
        .expiresOn(JemeniDefaults.START_DATE.plusMonths(1));
  }

  @Test
  void moneyBuilderScalesToCurrency() {
    assertThat(aMoney().withAmount("1500.00").build()).isEqualTo(Money.xof(1500));
    assertThat(aMoney().withCurrency("EUR").withAmount("12.5").build())
        .isEqualTo(new Money(new BigDecimal("12.50"), Currency.getInstance("EUR")));
  }

  @Test
  void moneyBuilderRejectsFractionalXof() {
    assertThatThrownBy(() -> aMoney().withAmount("12.5").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("XOF has no minor unit");
  }
}
