package dev.jemeni.domain.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jemeni.domain.command.DisableSubscription;
import dev.jemeni.domain.command.SendPayment;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ErrorMessageTest {

  @Test
  void apiCodeMessageNamesCodeStatusAndFields() {
    ApiCodeError error =
        new ApiCodeError.InvalidInputData(
            422, "invalid", List.of(new Violation("customer_phone", "is not a number")));

    assertThat(error.code()).isEqualTo(4001);
    assertThat(error.message())
        .contains("4001 Invalid Input Data")
        .contains("HTTP 422")
        .contains("customer_phone: is not a number");
  }

  @Test
  void everyDocumentedCodeIsItsOwnType() {
    assertThat(new ApiCodeError.ResourceConstraintExceeded(400, "").code()).isEqualTo(4002);
    assertThat(new ApiCodeError.DatabaseConnectionFailed(500, "").code()).isEqualTo(5001);
    assertThat(new ApiCodeError.ServiceDependencyTimeout(500, "").code()).isEqualTo(5002);
  }

  @Test
  void rateLimitCarriesItsDelay() {
    JemeniError error =
        new HttpStatusError.TooManyRequests(Option.some(Duration.ofSeconds(30)), "slow down");

    assertThat(error.retryAfter()).contains(Duration.ofSeconds(30));
    assertThat(error.message()).contains("HTTP 429").contains("Wait 30 s");
  }

  @Test
  void bodyExcerptIsBoundedAndFolded() {
    String page = "<html>\n<body>" + "x".repeat(1000) + "</body></html>";

    HttpStatusError error = new HttpStatusError.BadGateway(page);

    assertThat(error.bodyExcerpt()).hasSize(Excerpt.MAX_LENGTH + 1).doesNotContain("\n");
    assertThat(error.status()).isEqualTo(502);
  }

  @Test
  void redirectNamesTheTargetLocation() {
    HttpStatusError error =
        new HttpStatusError.Redirected(302, Option.some("https://other.example/api"), "");

    assertThat(error.message()).contains("HTTP 302").contains("https://other.example/api");
  }

  @Test
  void outcomeUnknownNamesTheOperation() {
    OutcomeUnknown error =
        new OutcomeUnknown(DisableSubscription.of("98745632").get(), "Read timed out");

    assertThat(error.message()).contains("disable-subscription").contains("Check its state");
  }

  @Test
  void outcomeUnknownPaymentSaysHowToReconcile() {
    SendPayment payment =
        SendPayment.builder()
            .customerPhone("98745632")
            .amount("5000")
            .countryId(1)
            .validate()
            .get();

    String message = new OutcomeUnknown(payment, "Read timed out").message();

    assertThat(message).contains("send-payment").contains("do not send it again");
    assertThat(message).contains("98745632").contains("5000 XOF").contains("webhook");
  }

  @Test
  void validationFailedNeedsAtLeastOneViolation() {
    assertThatThrownBy(() -> new ValidationFailed(List.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
