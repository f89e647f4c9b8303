package dev.jemeni.adapter.out.feign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jemeni.domain.error.MalformedResponse;
import dev.jemeni.domain.model.Outcome;
import dev.jemeni.domain.model.Plan;
import dev.jemeni.domain.model.Transaction;
import dev.jemeni.domain.value.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Values the API really sends in several shapes, and values it should not send at all. */
class ResponseLeniencyTest {

  private final StubServer server = new StubServer();

  @AfterEach
  void everyRequestWasSigned() {
    try {
      assertThat(server.remaining()).allSatisfy(SignedRequests::assertSigned).isNotEmpty();
    } finally {
      server.close();
    }
  }

  @Test
  void idsAsNumbersStringsEmptyOrNull() {
    server.reply(
        200,
        transaction(
            "\"id\": \"1842\", \"transaction_id\": 987654, \"customer\": {\"id\": \"\","
                + " \"country_id\": \"1\"}, \"client\": {\"id\": null, \"client_type_id\": \"\"}"));

    Transaction transaction = read();

    assertThat(transaction.id().get()).isEqualTo(1842L);
    assertThat(transaction.transactionId().value()).isEqualTo("987654");
    assertThat(transaction.customer().get().id().isEmpty()).isTrue();
    assertThat(transaction.customer().get().countryId().get().value()).isEqualTo(1);
    assertThat(transaction.client().get().id().isEmpty()).isTrue();
    assertThat(transaction.client().get().clientTypeId().isEmpty()).isTrue();
  }

  @Test
  void amountsAsNumbersAndStrings() {
    server.reply(
        200,
        transaction(
            "\"transaction_id\": \"T1\", \"amount\": 1000,"
                + " \"payment\": {\"amount\": \"1500.00\"}"));

    Transaction transaction = read();

    assertThat(transaction.amount().get()).isEqualTo(Money.xof(1000));
    assertThat(transaction.payment().get().amount().get()).isEqualTo(Money.xof(1500));
  }

  @Test
  void amountsUseConfiguredCurrency() {
    server.reply(200, transaction("\"transaction_id\": \"T1\", \"amount\": \"12.50\""));

    Transaction transaction =
        server
            .client()
            .currency(Currency.getInstance("EUR"))
            .build()
            .transactionState(Fixtures.stateQuery("T1"))
            .get();

    Money amount = transaction.amount().get();
    assertThat(amount.amount()).isEqualByComparingTo(new BigDecimal("12.50"));
    assertThat(amount.currency().getCurrencyCode()).isEqualTo("EUR");
  }

  @Test
  void bothDateFormatsAndMicroseconds() {
    server.reply(
        200,
        transaction(
            "\"transaction_id\": \"T1\", \"created_at\": \"2024-10-27 00:00:00\","
                + " \"updated_at\": \"2024-11-18T19:57:14.123456Z\","
                + " \"deleted_at\": \"2024-11-18T20:57:14+01:00\""));

    Transaction transaction = read();

    assertThat(transaction.timestamps().createdAt().get())
        .isEqualTo(Instant.parse("2024-10-27T00:00:00Z"));
    assertThat(transaction.timestamps().updatedAt().get())
        .isEqualTo(Instant.parse("2024-11-18T19:57:14.123456Z"));
    assertThat(transaction.timestamps().deletedAt().get())
        .isEqualTo(Instant.parse("2024-11-18T19:57:14Z"));
  }

  @Test
  void datesWithoutZoneUseConfiguredZone() {
    server.reply(
        200, transaction("\"transaction_id\": \"T1\", \"created_at\": \"2024-10-27 00:00:00\""));

    Transaction transaction =
        server
            .client()
            .apiTimeZone(ZoneId.of("Europe/Paris"))
            .build()
            .transactionState(Fixtures.stateQuery("T1"))
            .get();

    assertThat(transaction.timestamps().createdAt().get())
        .isEqualTo(Instant.parse("2024-10-26T22:00:00Z"));
  }

  @Test
  void nullNestedObjectsAndUnknownFields() {
    server.reply(
        200,
        transaction(
            "\"transaction_id\": \"T1\", \"customer\": null, \"client\": null, \"payment\": null,"
                + " \"client_merchants\": null, \"brand_new_field\": {\"x\": [1, 2]}"));

    Transaction transaction = read();

    assertThat(transaction.customer().isEmpty()).isTrue();
    assertThat(transaction.client().isEmpty()).isTrue();
    assertThat(transaction.payment().isEmpty()).isTrue();
    assertThat(transaction.clientMerchants()).isEmpty();
  }

  @Test
  void unknownStateIsNeverSuccess() {
    server.reply(200, transaction("\"transaction_id\": \"T1\", \"state\": 7"));
    server.reply(200, transaction("\"transaction_id\": \"T1\", \"state\": \"pending\""));
    server.reply(200, transaction("\"transaction_id\": \"T1\""));

    assertThat(read().outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(read().state().raw()).isEqualTo("pending");
    assertThat(read().outcome()).isEqualTo(Outcome.UNKNOWN);
  }

  @Test
  void unreadableOptionalFieldsAreAbsent() {
    server.reply(
        200,
        transaction(
            "\"transaction_id\": \"T1\", \"amount\": \"abc\", \"id\": {\"nested\": 1},"
                + " \"created_at\": \"yesterday\", \"customer\": {\"country_id\": 0}"));

    Transaction transaction = read();

    assertThat(transaction.amount().isEmpty()).isTrue();
    assertThat(transaction.id().isEmpty()).isTrue();
    assertThat(transaction.timestamps().createdAt().isEmpty()).isTrue();
    assertThat(transaction.customer().get().countryId().isEmpty()).isTrue();
  }

  @Test
  void flagsAsNumbersAndStrings() {
    server.reply(
        200,
        transaction(
            "\"transaction_id\": \"T1\", \"client_merchants\": [{\"active\": 1, \"archived\":"
                + " \"false\"}, {\"active\": \"true\", \"archived\": 0}]"));

    Transaction transaction = read();

    assertThat(transaction.clientMerchants().map(m -> m.active())).containsExactly(true, true);
    assertThat(transaction.clientMerchants().map(m -> m.archived())).containsExactly(false, false);
  }

  @Test
  void unreadableRequiredFieldIsNamedWithReason() {
    server.reply(200, "{\"status\": \"Success\", \"data\": [{\"id\": 1}, {\"id\": \"abc\"}]}");

    var result = server.client().build().listPlans();

    MalformedResponse malformed = (MalformedResponse) result.getLeft();
    assertThat(malformed.problem())
        .isEqualTo("data[1].id is unreadable: the value 'abc' is not a whole number");
  }

  @Test
  void invalidRequiredFieldIsNamed() {
    server.reply(200, "{\"status\": \"Success\", \"data\": [{\"id\": 0}]}");

    var result = server.client().build().listPlans();

    assertThat(((MalformedResponse) result.getLeft()).problem())
        .startsWith("data[0].id is invalid: plan_id 0 is invalid");
  }

  @Test
  void dataOfWrongShapeIsNamed() {
    server.reply(200, "{\"status\": \"Success\", \"data\": \"oops\"}");
    server.reply(200, "{\"status\": \"Success\", \"data\": {\"client_merchants\": \"x\"}}");

    var plans = server.client().build().listPlans();
    var transaction = server.client().build().transactionState(Fixtures.stateQuery("T1"));

    assertThat(((MalformedResponse) plans.getLeft()).problem())
        .isEqualTo("data has an unexpected shape");
    assertThat(((MalformedResponse) transaction.getLeft()).problem())
        .isEqualTo("data.client_merchants has an unexpected shape");
  }

  @Test
  void missingDataIsNamed() {
    server.reply(200, "{\"status\": \"Success\", \"message\": \"ok\"}");

    var result = server.client().build().listPlans();

    assertThat(((MalformedResponse) result.getLeft()).problem())
        .isEqualTo("data is missing or empty");
  }

  @Test
  void emptyPlanListIsEmpty() {
    server.reply(200, "{\"status\": \"Success\", \"data\": []}");

    java.util.List<Plan> plans = server.client().build().listPlans().get().asJava();

    assertThat(plans).isEmpty();
  }

  private Transaction read() {
    return server.client().build().transactionState(Fixtures.stateQuery("T1")).get();
  }

  private static String transaction(String fields) {
    return "{\"status\": \"Success\", \"message\": \"\", \"data\": {" + fields + "}}";
  }
}
