package dev.jemeni.webhooks;

import static dev.jemeni.webhooks.Fixtures.INVOICE_NON_ASCII;
import static dev.jemeni.webhooks.Fixtures.INVOICE_NON_ASCII_SIGNATURE_NON_ASCII_SECRET;
import static dev.jemeni.webhooks.Fixtures.NON_ASCII_SECRET;
import static dev.jemeni.webhooks.Fixtures.PAYMENT_NON_ASCII;
import static dev.jemeni.webhooks.Fixtures.PAYMENT_NON_ASCII_SIGNATURE_NON_ASCII_SECRET;
import static dev.jemeni.webhooks.Fixtures.PAYMENT_SUCCESS;
import static dev.jemeni.webhooks.Fixtures.PAYMENT_SUCCESS_SIGNATURE;
import static dev.jemeni.webhooks.Fixtures.SECRET;
import static dev.jemeni.webhooks.Fixtures.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookSignerTest {

  @Test
  void signerMatchesKnownAnswers() {
    assertThat(WebhookSigner.of(SECRET).sign(bytes(PAYMENT_SUCCESS)))
        .isEqualTo(PAYMENT_SUCCESS_SIGNATURE);
    assertThat(WebhookSigner.of(NON_ASCII_SECRET).sign(bytes(PAYMENT_NON_ASCII)))
        .isEqualTo(PAYMENT_NON_ASCII_SIGNATURE_NON_ASCII_SECRET);
    assertThat(WebhookSigner.of(NON_ASCII_SECRET).sign(bytes(INVOICE_NON_ASCII)))
        .isEqualTo(INVOICE_NON_ASCII_SIGNATURE_NON_ASCII_SECRET);
  }

  @Test
  void stringBodyIsSignedAsUtf8() {
    byte[] body = bytes(INVOICE_NON_ASCII);
    String text = new String(body, StandardCharsets.UTF_8);

    assertThat(WebhookSigner.of(NON_ASCII_SECRET).sign(text))
        .isEqualTo(INVOICE_NON_ASCII_SIGNATURE_NON_ASCII_SECRET);
  }

  @Test
  void headersCarryTheSignature() {
    Map<String, List<String>> headers = WebhookSigner.of(SECRET).headersFor(bytes(PAYMENT_SUCCESS));

    assertThat(headers)
        .containsExactly(Map.entry("X-Jemeni-Signature", List.of(PAYMENT_SUCCESS_SIGNATURE)));
  }

  @Test
  void toStringHidesTheSecret() {
    WebhookSigner signer = WebhookSigner.of(WebhookSecret.of("whsec_visible_if_leaked"));

    assertThat(signer.toString()).doesNotContain("whsec_visible_if_leaked").contains("****");
    assertThat(WebhookSecret.of("whsec_visible_if_leaked").toString())
        .doesNotContain("whsec_visible_if_leaked");
  }
}
