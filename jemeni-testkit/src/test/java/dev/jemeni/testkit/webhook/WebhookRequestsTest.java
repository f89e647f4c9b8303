package dev.jemeni.testkit.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jemeni.domain.value.Money;
import dev.jemeni.webhooks.PaymentFailed;
import dev.jemeni.webhooks.PaymentSucceeded;
import dev.jemeni.webhooks.Rejection;
import dev.jemeni.webhooks.UnknownEvent;
import dev.jemeni.webhooks.WebhookReceiver;
import dev.jemeni.webhooks.WebhookResult;
import dev.jemeni.webhooks.WebhookSecret;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class WebhookRequestsTest {

  private static final WebhookSecret SECRET = WebhookSecret.of("whsec_testkit_5d2e");
  private static final Instant EVENT_TIME = Instant.parse("2024-12-30T12:34:56Z");

  private final WebhookReceiver receiver =
      WebhookReceiver.builder()
          .secret(SECRET)
          .clock(Clock.fixed(EVENT_TIME.plusSeconds(60), ZoneOffset.UTC))
          .build();

  @Test
  void prettyPaymentSuccessMatchesDocumentedBytes() throws IOException {
    byte[] body =
        WebhookRequests.paymentSuccess()
            .timestamp(EVENT_TIME)
            .field("signature", "abcdef1234567890")
            .prettyPrinted()
            .body();

    assertThat(new String(body, StandardCharsets.UTF_8))
        .isEqualTo(new String(documented(), StandardCharsets.UTF_8));
  }

  @Test
  void paymentSuccessIsAccepted() {
    SignedWebhookRequest request =
        WebhookRequests.paymentSuccess()
            .transactionId("TX-42")
            .amount(Money.xof(2500))
            .timestamp(EVENT_TIME)
            .signedWith(SECRET);

    WebhookResult result = receiver.receive(request.body(), request.headers());

    assertThat(result).isInstanceOf(WebhookResult.Verified.class);
    PaymentSucceeded event = (PaymentSucceeded) ((WebhookResult.Verified) result).event();
    assertThat(event.transactionId().value()).isEqualTo("TX-42");
    assertThat(event.amount()).isEqualTo(Money.xof(2500));
  }

  @Test
  void paymentFailedAndOtherEventsAreAccepted() {
    SignedWebhookRequest failed =
        WebhookRequests.paymentFailed().timestamp(EVENT_TIME).signedWith(SECRET);
    SignedWebhookRequest renewed =
        WebhookRequests.event("subscription.renewed")
            .data("plan_id", 3)
            .data("note", "renouvel\u00e9")
            .timestamp(EVENT_TIME)
            .prettyPrinted()
            .signedWith(SECRET);

    assertThat(eventOf(failed)).isInstanceOf(PaymentFailed.class);
    assertThat(eventOf(renewed)).isInstanceOf(UnknownEvent.class);
    assertThat(((UnknownEvent) eventOf(renewed)).rawJson()).contains("renouvel\u00e9");
  }

  @Test
  void tamperedRequestsAreRejected() {
    SignedWebhookRequest request =
        WebhookRequests.paymentSuccess().timestamp(EVENT_TIME).signedWith(SECRET);
    byte[] crlf = request.bodyAsString().replace(",", ",\r\n").getBytes(StandardCharsets.UTF_8);

    assertThat(rejectionOf(request.withBody(crlf))).isInstanceOf(Rejection.BadSignature.class);
    assertThat(rejectionOf(request.withoutHeader("x-jemeni-signature")))
        .isInstanceOf(Rejection.MissingSignature.class);
    assertThat(rejectionOf(request.withHeader("X-Jemeni-Signature", "abc")))
        .isInstanceOf(Rejection.MalformedSignature.class);
  }

  @Test
  void rawBodyIsSignedAsGiven() {
    byte[] crlf =
        ("{\"event\":\"x\",\r\n\"timestamp\":\"" + EVENT_TIME + "\"}")
            .getBytes(StandardCharsets.UTF_8);

    SignedWebhookRequest request = WebhookRequests.signRaw(crlf, SECRET);

    assertThat(request.body()).isEqualTo(crlf);
    assertThat(eventOf(request)).isInstanceOf(UnknownEvent.class);
  }

  @Test
  void missingFieldIsRejectedAsMalformed() {
    SignedWebhookRequest request =
        WebhookRequests.paymentSuccess()
            .withoutData("currency")
            .timestamp(EVENT_TIME)
            .signedWith(SECRET);

    assertThat(rejectionOf(request)).isInstanceOf(Rejection.MalformedBody.class);
  }

  @Test
  void toStringHidesSignature() {
    SignedWebhookRequest request =
        WebhookRequests.paymentSuccess().timestamp(EVENT_TIME).signedWith(SECRET);
    String signature = request.headers().get("X-Jemeni-Signature").get(0);

    assertThat(request.toString()).doesNotContain(signature).contains("X-Jemeni-Signature");
  }

  private Object eventOf(SignedWebhookRequest request) {
    WebhookResult result = receiver.receive(request.body(), request.headers());
    assertThat(result).isInstanceOf(WebhookResult.Verified.class);
    return ((WebhookResult.Verified) result).event();
  }

  private Rejection rejectionOf(SignedWebhookRequest request) {
    WebhookResult result = receiver.receive(request.body(), request.headers());
    return result instanceof WebhookResult.Rejected rejected ? rejected.rejection() : null;
  }

  private static byte[] documented() throws IOException {
    try (InputStream in =
        WebhookRequestsTest.class.getResourceAsStream("/webhook/payment-success-documented.json")) {
      assertThat(in).isNotNull();
      return in.readAllBytes();
    }
  }
}
