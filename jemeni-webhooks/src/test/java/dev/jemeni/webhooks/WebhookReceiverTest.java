package dev.jemeni.webhooks;

import static dev.jemeni.webhooks.Fixtures.EVENT_TIME;
import static dev.jemeni.webhooks.Fixtures.PAYMENT_SUCCESS;
import static dev.jemeni.webhooks.Fixtures.PAYMENT_SUCCESS_SIGNATURE;
import static dev.jemeni.webhooks.Fixtures.SECRET;
import static dev.jemeni.webhooks.Fixtures.bytes;
import static dev.jemeni.webhooks.Fixtures.event;
import static dev.jemeni.webhooks.Fixtures.paymentData;
import static dev.jemeni.webhooks.Fixtures.receiverAt;
import static dev.jemeni.webhooks.Fixtures.signed;
import static dev.jemeni.webhooks.Fixtures.signedWithSecret;
import static dev.jemeni.webhooks.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jemeni.domain.model.Outcome;
import dev.jemeni.domain.value.CustomerId;
import dev.jemeni.domain.value.Money;
import dev.jemeni.domain.value.TransactionId;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebhookReceiverTest {

  private static final Instant NOW = Instant.parse("2024-12-30T13:00:00Z");

  private final WebhookReceiver receiver = receiverAt(NOW);

  @Test
  void documentedExampleBecomesPaymentSucceeded() {
    WebhookResult result =
        receiver.receive(bytes(PAYMENT_SUCCESS), signed(PAYMENT_SUCCESS_SIGNATURE));

    WebhookEvent event = verified(result).event();
    assertThat(event).isInstanceOf(PaymentSucceeded.class);
    PaymentSucceeded payment = (PaymentSucceeded) event;
    assertThat(payment.type()).isEqualTo("payment.success");
    assertThat(payment.transactionId()).isEqualTo(new TransactionId("TX12345"));
    assertThat(payment.amount()).isEqualTo(Money.xof(1000));
    assertThat(payment.status().outcome()).isEqualTo(Outcome.SUCCEEDED);
    assertThat(payment.customerId()).isEqualTo(Option.some(new CustomerId("CUST6789")));
    assertThat(payment.timestamp()).isEqualTo(EVENT_TIME);
    assertThat(payment.isTerminal()).isTrue();
  }

  @Test
  void paymentFailedIsTyped() {
    byte[] body = event("payment.failed", "2024-12-30T12:59:00Z", paymentData("TX9", "failed"));

    WebhookEvent event = verified(receiver.receive(body, signedWithSecret(body))).event();

    assertThat(event).isInstanceOf(PaymentFailed.class);
    assertThat(((PaymentFailed) event).status().outcome()).isEqualTo(Outcome.FAILED);
    assertThat(event.isTerminal()).isTrue();
  }

  @Test
  void textAmountAndNumericIdsAreRead() {
    String data =
        "{\"transaction_id\":4711,\"amount\":\"1500.00\",\"currency\":\"xof\","
            + "\"status\":\"pending\",\"customer_id\":311}";
    byte[] body = event("payment.success", "2024-12-30T12:59:00Z", data);

    PaymentSucceeded event =
        (PaymentSucceeded) verified(receiver.receive(body, signedWithSecret(body))).event();

    assertThat(event.transactionId().value()).isEqualTo("4711");
    assertThat(event.amount()).isEqualTo(Money.xof(1500));
    assertThat(event.customerId()).isEqualTo(Option.some(new CustomerId("311")));
    assertThat(event.isTerminal()).isFalse();
  }

  @Test
  void missingCustomerIsNone() {
    String data =
        "{\"transaction_id\":\"TX1\",\"amount\":10,\"currency\":\"XOF\",\"status\":\"success\"}";
    byte[] body = event("payment.success", "2024-12-30T12:59:00Z", data);

    PaymentSucceeded event =
        (PaymentSucceeded) verified(receiver.receive(body, signedWithSecret(body))).event();

    assertThat(event.customerId()).isEqualTo(Option.none());
  }

  @Test
  void unknownEventTypeIsDeliveredAsUnknown() {
    byte[] body =
        event(
            "subscription.created",
            "2024-12-30T12:59:00Z",
            "{\"plan_id\":2,\"status\":\"created\"}");

    WebhookEvent event = verified(receiver.receive(body, signedWithSecret(body))).event();

    assertThat(event).isInstanceOf(UnknownEvent.class);
    UnknownEvent unknown = (UnknownEvent) event;
    assertThat(unknown.type()).isEqualTo("subscription.created");
    assertThat(unknown.rawJson()).isEqualTo(new String(body, StandardCharsets.UTF_8));
    assertThat(unknown.status().map(status -> status.outcome())).contains(Outcome.PENDING);
    assertThat(unknown.isTerminal()).isFalse();
    assertThat(unknown.toString()).doesNotContain("ignored");
  }

  @Test
  void unknownEventWithoutDataIsDelivered() {
    byte[] body = utf8("{\"event\":\"invoice.created\",\"timestamp\":\"2024-12-30T12:59:00Z\"}");

    WebhookEvent event = verified(receiver.receive(body, signedWithSecret(body))).event();

    assertThat(event).isInstanceOf(UnknownEvent.class);
    assertThat(((UnknownEvent) event).status()).isEqualTo(Option.none());
  }

  @Test
  void bodySignatureFieldIsIgnored() {
    byte[] body = event("payment.success", "2024-12-30T12:59:00Z", paymentData("TX1", "success"));
    String wrongHeader = WebhookSigner.of(WebhookSecret.of("other")).sign(body);

    assertThat(receiver.receive(body, signedWithSecret(body)))
        .isInstanceOf(WebhookResult.Verified.class);
    assertThat(receiver.receive(body, signed(wrongHeader)))
        .isEqualTo(new WebhookResult.Rejected(new Rejection.BadSignature("X-Jemeni-Signature", 1)));
  }

  @Test
  void staleTimestampIsRejected() {
    WebhookReceiver late = receiverAt(EVENT_TIME.plus(Duration.ofHours(72)).plusSeconds(1));

    Rejection rejection =
        rejection(late.receive(bytes(PAYMENT_SUCCESS), signed(PAYMENT_SUCCESS_SIGNATURE)));

    assertThat(rejection)
        .isEqualTo(
            new Rejection.StaleTimestamp(
                EVENT_TIME, Duration.ofHours(72).plusSeconds(1), Duration.ofHours(72)));
    assertThat(rejection.httpStatus()).isEqualTo(400);
    assertThat(rejection.message())
        .contains("is 72 h 0 min 1 s old, more than the tolerance of 72 h 0 min 0 s");
  }

  @Test
  void timestampAtPastToleranceIsAccepted() {
    WebhookReceiver late = receiverAt(EVENT_TIME.plus(Duration.ofHours(72)));

    WebhookResult result = late.receive(bytes(PAYMENT_SUCCESS), signed(PAYMENT_SUCCESS_SIGNATURE));

    assertThat(result).isInstanceOf(WebhookResult.Verified.class);
  }

  @Test
  void futureTimestampIsRejected() {
    WebhookReceiver early = receiverAt(EVENT_TIME.minus(Duration.ofMinutes(5)).minusSeconds(1));

    Rejection rejection =
        rejection(early.receive(bytes(PAYMENT_SUCCESS), signed(PAYMENT_SUCCESS_SIGNATURE)));

    assertThat(rejection)
        .isEqualTo(
            new Rejection.FutureTimestamp(
                EVENT_TIME, Duration.ofMinutes(5).plusSeconds(1), Duration.ofMinutes(5)));
    assertThat(rejection.message()).contains("is 5 min 1 s in the future");
  }

  @Test
  void timestampAtFutureToleranceIsAccepted() {
    WebhookReceiver early = receiverAt(EVENT_TIME.minus(Duration.ofMinutes(5)));

    WebhookResult result = early.receive(bytes(PAYMENT_SUCCESS), signed(PAYMENT_SUCCESS_SIGNATURE));

    assertThat(result).isInstanceOf(WebhookResult.Verified.class);
  }

  @Test
  void toleranceIsConfigurable() {
    WebhookReceiver strict =
        WebhookReceiver.builder()
            .secret(SECRET)
            .clock(Fixtures.clockAt(EVENT_TIME.plusSeconds(301)))
            .tolerance(new Tolerance(Duration.ofMinutes(5), Duration.ZERO))
            .build();
    WebhookReceiver strictEarly =
        WebhookReceiver.builder()
            .secret(SECRET)
            .clock(Fixtures.clockAt(EVENT_TIME.minusSeconds(1)))
            .tolerance(new Tolerance(Duration.ofMinutes(5), Duration.ZERO))
            .build();

    assertThat(rejection(strict.receive(bytes(PAYMENT_SUCCESS), signed(PAYMENT_SUCCESS_SIGNATURE))))
        .isInstanceOf(Rejection.StaleTimestamp.class);
    assertThat(
            rejection(
                strictEarly.receive(bytes(PAYMENT_SUCCESS), signed(PAYMENT_SUCCESS_SIGNATURE))))
        .isInstanceOf(Rejection.FutureTimestamp.class);
  }

  @Test
  void timestampFormsAreRead() {
    byte[] offset = utf8("{\"event\":\"x\",\"timestamp\":\"2024-12-30T13:34:56+01:00\"}");
    byte[] micros = utf8("{\"event\":\"x\",\"timestamp\":\"2024-12-30T12:34:56.000000Z\"}");
    byte[] seconds = utf8("{\"event\":\"x\",\"timestamp\":" + EVENT_TIME.getEpochSecond() + "}");

    for (byte[] body : List.of(offset, micros, seconds)) {
      assertThat(verified(receiver.receive(body, signedWithSecret(body))).event().timestamp())
          .isEqualTo(EVENT_TIME);
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''|body is empty",
        "not json|body is not valid JSON at line 1",
        "[1,2]|body is not a JSON object",
        "{\"event\":\"x\",\"timestamp\":\"2024-12-30T12:34:56Z\"} trailing|body is not valid JSON",
        "{\"timestamp\":\"2024-12-30T12:34:56Z\"}|event is missing",
        "{\"event\":\"x\"}|timestamp is missing",
        "{\"event\":\"x\",\"event\":\"y\",\"timestamp\":\"2024-12-30T12:34:56Z\"}|not valid JSON",
        "{\"event\":\"x\",\"timestamp\":\"2024-12-30 12:34:56\"}|is not an ISO-8601 instant",
        "{\"event\":\"x\",\"timestamp\":99999999999999999}|is out of range",
        "{\"event\":\"x\",\"timestamp\":true}|timestamp is BOOLEAN",
        "{\"event\":\"payment.success\",\"timestamp\":\"2024-12-30T12:34:56Z\"}|data is missing",
        "{\"event\":\"payment.success\",\"timestamp\":\"2024-12-30T12:34:56Z\",\"data\":{}}"
            + "|data.transaction_id is missing",
        "{\"event\":\"payment.failed\",\"timestamp\":\"2024-12-30T12:34:56Z\",\"data\":"
            + "{\"transaction_id\":\"T\",\"amount\":10,\"status\":\"failed\"}}"
            + "|data.currency is missing",
        "{\"event\":\"payment.failed\",\"timestamp\":\"2024-12-30T12:34:56Z\",\"data\":"
            + "{\"transaction_id\":\"T\",\"amount\":10.5,\"currency\":\"XOF\",\"status\":\"failed\"}}"
            + "|XOF has no minor unit",
        "{\"event\":\"payment.failed\",\"timestamp\":\"2024-12-30T12:34:56Z\",\"data\":"
            + "{\"transaction_id\":\"T\",\"amount\":0,\"currency\":\"ZZZ\",\"status\":7}}"
            + "|data.currency 'ZZZ' is not an ISO 4217 code such as XOF; data.status is a number",
      })
  void malformedSignedBodyIsRejected(String text, String expected) {
    byte[] body = utf8(text);

    Rejection rejection = rejection(receiver.receive(body, signedWithSecret(body)));

    assertThat(rejection).isInstanceOf(Rejection.MalformedBody.class);
    assertThat(rejection.message()).contains(expected);
    assertThat(rejection.httpStatus()).isEqualTo(400);
  }

  @Test
  void unsignedMalformedBodyFailsOnSignatureFirst() {
    byte[] body = utf8("not json");

    Rejection rejection = rejection(receiver.receive(body, Map.of()));

    assertThat(rejection).isInstanceOf(Rejection.MissingSignature.class);
  }

  @Test
  void paymentKeyIgnoresTimestampAndFormatting() {
    byte[] first = event("payment.success", "2024-12-30T12:50:00Z", paymentData("TX1", "success"));
    byte[] retry = event("payment.success", "2024-12-30T12:55:00Z", paymentData("TX1", "success"));
    byte[] failed = event("payment.failed", "2024-12-30T12:55:00Z", paymentData("TX1", "failed"));
    byte[] other = event("payment.success", "2024-12-30T12:55:00Z", paymentData("TX2", "success"));

    EventKey key = verified(receiver.receive(first, signedWithSecret(first))).key();

    assertThat(key.value()).matches("fields:[0-9a-f]{64}");
    assertThat(verified(receiver.receive(retry, signedWithSecret(retry))).key()).isEqualTo(key);
    assertThat(verified(receiver.receive(failed, signedWithSecret(failed))).key())
        .isNotEqualTo(key);
    assertThat(verified(receiver.receive(other, signedWithSecret(other))).key()).isNotEqualTo(key);
  }

  @Test
  void unknownKeyIsHashOfBody() {
    byte[] first = utf8("{\"event\":\"x\",\"timestamp\":\"2024-12-30T12:50:00Z\"}");
    byte[] spaced = utf8("{\"event\": \"x\",\"timestamp\":\"2024-12-30T12:50:00Z\"}");

    EventKey key = verified(receiver.receive(first, signedWithSecret(first))).key();

    assertThat(key.value()).matches("body:[0-9a-f]{64}");
    assertThat(verified(receiver.receive(first.clone(), signedWithSecret(first))).key())
        .isEqualTo(key);
    assertThat(verified(receiver.receive(spaced, signedWithSecret(spaced))).key())
        .isNotEqualTo(key);
  }

  @Test
  void olderEventCanBeRecognisedByTimestamp() {
    byte[] newer = event("payment.success", "2024-12-30T12:58:00Z", paymentData("TX1", "success"));
    byte[] older = event("payment.failed", "2024-12-30T12:50:00Z", paymentData("TX1", "failed"));

    WebhookEvent applied = verified(receiver.receive(newer, signedWithSecret(newer))).event();
    WebhookEvent late = verified(receiver.receive(older, signedWithSecret(older))).event();

    assertThat(late.timestamp()).isBefore(applied.timestamp());
    assertThat(applied.isTerminal()).isTrue();
  }

  private static WebhookResult.Verified verified(WebhookResult result) {
    assertThat(result).isInstanceOf(WebhookResult.Verified.class);
    return (WebhookResult.Verified) result;
  }

  private static Rejection rejection(WebhookResult result) {
    assertThat(result).isInstanceOf(WebhookResult.Rejected.class);
    return ((WebhookResult.Rejected) result).rejection();
  }
}
