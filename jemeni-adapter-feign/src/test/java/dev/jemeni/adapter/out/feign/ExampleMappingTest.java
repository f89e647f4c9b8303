package dev.jemeni.adapter.out.feign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jemeni.domain.error.JemeniError;
import dev.jemeni.domain.error.MalformedResponse;
import dev.jemeni.domain.model.ClientMerchant;
import dev.jemeni.domain.model.Customer;
import dev.jemeni.domain.model.Outcome;
import dev.jemeni.domain.model.Payment;
import dev.jemeni.domain.model.Plan;
import dev.jemeni.domain.model.Subscription;
import dev.jemeni.domain.model.Transaction;
import dev.jemeni.domain.value.Money;
import dev.jemeni.port.out.JemeniGateway;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The documented skeleton examples and the realistic examples, served over HTTP and mapped. */
class ExampleMappingTest {

  private final StubServer server = new StubServer();
  private final JemeniGateway client = server.client().build();

  @AfterEach
  void everyRequestWasSigned() {
    try {
      assertThat(server.remaining()).allSatisfy(SignedRequests::assertSigned).isNotEmpty();
    } finally {
      server.close();
    }
  }

  @Test
  void realisticTransactionStateMapsEveryField() {
    server.reply(200, Fixtures.example("realistic", "transaction-state"));

    Transaction transaction =
        client.transactionState(Fixtures.stateQuery(Fixtures.TRANSACTION_ID)).get();

    assertThat(transaction.id().get()).isEqualTo(1842L);
    assertThat(transaction.amount().get()).isEqualTo(Money.xof(5000));
    assertThat(transaction.state().raw()).isEqualTo("2");
    assertThat(transaction.outcome()).isEqualTo(Outcome.SUCCEEDED);
    assertThat(transaction.timestamps().updatedAt().get())
        .isEqualTo(Instant.parse("2024-11-18T19:58:02.481516Z"));
    assertThat(transaction.clientMerchants()).hasSize(2);
    assertThat(transaction.client().get().verifiedAt().get())
        .isEqualTo(Instant.parse("2024-06-01T09:00:00Z"));
    assertThat(transaction.client().get().name().get()).isEqualTo("Boutique Sahel");
  }

  @Test
  void realisticCustomerAndMerchantsMap() {
    server.reply(200, Fixtures.example("realistic", "transaction-state"));

    Transaction transaction =
        client.transactionState(Fixtures.stateQuery(Fixtures.TRANSACTION_ID)).get();

    Customer customer = transaction.customer().get();
    assertThat(customer.id().get().value()).isEqualTo("311");
    assertThat(customer.lastName().get()).isEqualTo("Traoré");
    assertThat(customer.countryId().get().value()).isEqualTo(1);
    ClientMerchant moov = transaction.clientMerchants().get(1);
    assertThat(moov.carrierId().get()).isEqualTo("4");
    assertThat(moov.active()).isFalse();
    assertThat(moov.archived()).isTrue();
    assertThat(moov.timestamps().deletedAt().get())
        .isEqualTo(Instant.parse("2024-08-30T08:00:00Z"));
    assertThat(moov.carrier().get().displayName().get()).isEqualTo("Moov Money");
  }

  @Test
  void realisticPaymentMaps() {
    server.reply(200, Fixtures.example("realistic", "transaction-state"));

    Payment payment =
        client.transactionState(Fixtures.stateQuery(Fixtures.TRANSACTION_ID)).get().payment().get();

    assertThat(payment.id().get()).isEqualTo("9");
    assertThat(payment.subscriptionId().isEmpty()).isTrue();
    assertThat(payment.amount().get()).isEqualTo(Money.xof(5000));
    assertThat(payment.dueAt().get()).isEqualTo(Instant.parse("2024-11-22T19:57:14Z"));
    assertThat(payment.nature().isEmpty()).isTrue();
    assertThat(payment.status().outcome()).isEqualTo(Outcome.SUCCEEDED);
    assertThat(payment.reference().get().value()).isEqualTo("JP-8F3K2Q7W1A");
  }

  @Test
  void realisticSendPaymentHasNoPayment() {
    server.reply(200, Fixtures.example("realistic", "send-payment"));

    Transaction transaction = client.sendPayment(Fixtures.payment()).get();

    assertThat(transaction.outcome()).isEqualTo(Outcome.PENDING);
    assertThat(transaction.payment().isEmpty()).isTrue();
  }

  @Test
  void realisticPlansMapAmountsAndArchive() {
    server.reply(200, Fixtures.example("realistic", "subscription-plans"));

    List<Plan> plans = client.listPlans().get();

    assertThat(plans.map(plan -> plan.price().get()))
        .containsExactly(Money.xof(2500), Money.xof(25000), Money.xof(1500));
    assertThat(plans.map(Plan::archived)).containsExactly(false, false, true);
    assertThat(plans.get(1).frequencyId().get().value()).isEqualTo(4L);
    assertThat(plans.get(0).clientId().get()).isEqualTo(42L);
  }

  @Test
  void realisticSubscriptionMapsStringIdsAndDates() {
    server.reply(200, Fixtures.example("realistic", "subscription-create"));

    Subscription subscription = client.createSubscription(Fixtures.subscription()).get();

    assertThat(subscription.id().value()).isEqualTo("17");
    assertThat(subscription.clientId().get()).isEqualTo(42L);
    assertThat(subscription.planId().get().value()).isEqualTo(1L);
    assertThat(subscription.customerId().get().value()).isEqualTo("311");
    assertThat(subscription.status().get()).isEqualTo("active");
    assertThat(subscription.startAt().get()).isEqualTo(Instant.parse("2024-10-27T00:00:00Z"));
    assertThat(subscription.renewalDate().isEmpty()).isTrue();
  }

  @Test
  void realisticDisableMapsCustomer() {
    server.reply(200, Fixtures.example("realistic", "subscription-disable"));

    Customer customer = client.disableSubscription(Fixtures.disable()).get();

    assertThat(customer.id().get().value()).isEqualTo("311");
    assertThat(customer.email().get()).isEqualTo("awa.traore@example.ml");
  }

  @Test
  void documentedSendPaymentNamesMissingTransactionId() {
    server.reply(200, Fixtures.example("documented", "send-payment"));

    Either<JemeniError, Transaction> result = client.sendPayment(Fixtures.payment());

    assertMalformed(result, "data.transaction_id is missing or empty");
  }

  @Test
  void documentedTransactionStateNamesMissingTransactionId() {
    server.reply(200, Fixtures.example("documented", "transaction-state"));

    Either<JemeniError, Transaction> result =
        client.transactionState(Fixtures.stateQuery(Fixtures.TRANSACTION_ID));

    assertMalformed(result, "data.transaction_id is missing or empty");
  }

  @Test
  void documentedPlansNameMissingPlanId() {
    server.reply(200, Fixtures.example("documented", "subscription-plans"));

    assertMalformed(client.listPlans(), "data[0].id is missing or empty");
  }

  @Test
  void documentedSubscriptionNamesMissingId() {
    server.reply(200, Fixtures.example("documented", "subscription-create"));

    assertMalformed(
        client.createSubscription(Fixtures.subscription()), "data.id is missing or empty");
  }

  @Test
  void documentedDisableMapsWithEmptyFieldsAbsent() {
    server.reply(200, Fixtures.example("documented", "subscription-disable"));

    Customer customer = client.disableSubscription(Fixtures.disable()).get();

    assertThat(customer.id().isEmpty()).isTrue();
    assertThat(customer.firstName().isEmpty()).isTrue();
    assertThat(customer.email().get()).isEqualTo("email@email.ml");
    assertThat(customer.countryId().get().value()).isEqualTo(1);
    assertThat(customer.timestamps().createdAt().get())
        .isEqualTo(Instant.parse("2024-09-24T22:06:25Z"));
  }

  @Test
  void skeletonEmptyValuesAreAbsent() {
    String skeleton =
        Fixtures.example("documented", "transaction-state")
            .replace("\"transaction_id\": \"\"", "\"transaction_id\": \"TX-1\"");
    server.reply(200, skeleton);

    Transaction transaction = client.transactionState(Fixtures.stateQuery("TX-1")).get();

    assertThat(transaction.amount().isEmpty()).isTrue();
    assertThat(transaction.outcome()).isEqualTo(Outcome.PENDING);
    assertThat(transaction.customer().get().countryId().isEmpty()).isTrue();
    assertThat(transaction.customer().get().id().get().value()).isEqualTo("0");
    assertThat(transaction.payment().get().id().isEmpty()).isTrue();
    assertThat(transaction.payment().get().status().outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(transaction.payment().get().dueAt().get())
        .isEqualTo(Instant.parse("2024-11-22T19:57:14Z"));
  }

  private static void assertMalformed(Either<JemeniError, ?> result, String problem) {
    assertThat(result.isLeft()).as("result is an error").isTrue();
    assertThat(result.getLeft()).isInstanceOf(MalformedResponse.class);
    MalformedResponse malformed = (MalformedResponse) result.getLeft();
    assertThat(malformed.problem()).isEqualTo(problem);
    assertThat(malformed.httpStatus()).isEqualTo(200);
    assertThat(malformed.message()).contains(problem);
  }
}
