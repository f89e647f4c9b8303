package dev.jemeni.webhooks;

import static dev.jemeni.webhooks.Fixtures.INVOICE_NON_ASCII;
import static dev.jemeni.webhooks.Fixtures.INVOICE_NON_ASCII_SIGNATURE_NON_ASCII_SECRET;
import static dev.jemeni.webhooks.Fixtures.NON_ASCII_SECRET;
import static dev.jemeni.webhooks.Fixtures.PAYMENT_NON_ASCII;
import static dev.jemeni.webhooks.Fixtures.PAYMENT_NON_ASCII_SIGNATURE_NON_ASCII_SECRET;
import static dev.jemeni.webhooks.Fixtures.bytes;
import static dev.jemeni.webhooks.Fixtures.signed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jemeni.domain.value.CustomerId;
import dev.jemeni.domain.value.TransactionId;
import io.vavr.control.Option;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Non-ASCII bodies and secrets in a JVM whose default charset is ISO-8859-1.
 *
 * <p>The build runs this class alone in a separate surefire execution with {@code
 * -Dfile.encoding=ISO-8859-1}; the default execution excludes it. Run elsewhere, the first check
 * fails on purpose, because the other checks would prove nothing under UTF-8.
 */
class Latin1DefaultCharsetTest {

  private final WebhookReceiver receiver =
      WebhookReceiver.builder()
          .secret(NON_ASCII_SECRET)
          .clock(Fixtures.clockAt(Instant.parse("2024-12-30T13:00:00Z")))
          .build();

  @BeforeAll
  static void defaultCharsetIsLatin1() {
    assertThat(Charset.defaultCharset()).isEqualTo(StandardCharsets.ISO_8859_1);
    // The trap is live: the default charset cannot encode a Greek letter.
    assertThat("\u03a9".getBytes(Charset.defaultCharset())).containsExactly('?');
  }

  @Test
  void nonAsciiPaymentVerifiesAndReadsAsUtf8() {
    WebhookResult result =
        receiver.receive(
            bytes(PAYMENT_NON_ASCII), signed(PAYMENT_NON_ASCII_SIGNATURE_NON_ASCII_SECRET));

    assertThat(result).isInstanceOf(WebhookResult.Verified.class);
    PaymentSucceeded event = (PaymentSucceeded) ((WebhookResult.Verified) result).event();
    assertThat(event.transactionId()).isEqualTo(new TransactionId("TX-K\u00e9dougou-77"));
    assertThat(event.customerId())
        .isEqualTo(Option.some(new CustomerId("A\u00efssatou-Ndiay\u00e9")));
  }

  @Test
  void nonAsciiUnknownEventKeepsItsText() {
    WebhookResult result =
        receiver.receive(
            bytes(INVOICE_NON_ASCII), signed(INVOICE_NON_ASCII_SIGNATURE_NON_ASCII_SECRET));

    assertThat(result).isInstanceOf(WebhookResult.Verified.class);
    UnknownEvent event = (UnknownEvent) ((WebhookResult.Verified) result).event();
    assertThat(event.rawJson())
        .contains("Facture n\u00b0 12 \u2014 abonnement \u03a9, r\u00e9gl\u00e9e \u00e0 Thi\u00e8s")
        .contains("\ud83d\ude42");
  }

  @Test
  void signerEncodesSecretAndTextAsUtf8() {
    String text = new String(bytes(INVOICE_NON_ASCII), StandardCharsets.UTF_8);

    String signature = WebhookSigner.of(NON_ASCII_SECRET).sign(text);

    assertThat(signature).isEqualTo(INVOICE_NON_ASCII_SIGNATURE_NON_ASCII_SECRET);
  }
}
