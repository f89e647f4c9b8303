package dev.jemeni.webhooks;

import static dev.jemeni.webhooks.Fixtures.NON_ASCII_SECRET;
import static dev.jemeni.webhooks.Fixtures.PAYMENT_SUCCESS;
import static dev.jemeni.webhooks.Fixtures.PAYMENT_SUCCESS_SIGNATURE;
import static dev.jemeni.webhooks.Fixtures.SECRET;
import static dev.jemeni.webhooks.Fixtures.bytes;
import static dev.jemeni.webhooks.Fixtures.signed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookVerifierTest {

  private final WebhookVerifier verifier = WebhookVerifier.of(SECRET);
  private final byte[] body = bytes(PAYMENT_SUCCESS);

  @Test
  void prettyPrintedLfBodyVerifies() {
    assertThat(new String(body, StandardCharsets.UTF_8)).contains("\n    \"event\"");
    assertThat(body).doesNotContain((byte) '\r');

    Either<Rejection, byte[]> result = verifier.verify(body, signed(PAYMENT_SUCCESS_SIGNATURE));

    assertThat(result.isRight()).isTrue();
    assertThat(result.get()).isSameAs(body);
  }

  @Test
  void sameBodyWithCrlfIsRejected() {
    byte[] crlf = utf8(text(body).replace("\n", "\r\n"));
    assertThat(crlf.length).isGreaterThan(body.length);

    Either<Rejection, byte[]> result = verifier.verify(crlf, signed(PAYMENT_SUCCESS_SIGNATURE));

    assertThat(result.getLeft()).isInstanceOf(Rejection.BadSignature.class);
  }

  @Test
  void sameBodyWithoutNewlinesIsRejected() {
    byte[] oneLine = utf8(text(body).replace("\n", ""));
    byte[] compact = utf8(text(body).replaceAll("\\n\\s*", "").replace("\": ", "\":"));
    assertThat(text(compact)).startsWith("{\"event\":\"payment.success\",\"data\":{");

    assertThat(verifier.verify(oneLine, signed(PAYMENT_SUCCESS_SIGNATURE)).getLeft())
        .isInstanceOf(Rejection.BadSignature.class);
    assertThat(verifier.verify(compact, signed(PAYMENT_SUCCESS_SIGNATURE)).getLeft())
        .isInstanceOf(Rejection.BadSignature.class);
  }

  @Test
  void upperCaseHexVerifies() {
    String upper = PAYMENT_SUCCESS_SIGNATURE.toUpperCase(Locale.ROOT);
    assertThat(upper).isNotEqualTo(PAYMENT_SUCCESS_SIGNATURE);

    assertThat(verifier.verify(body, signed(upper)).isRight()).isTrue();
  }

  @Test
  void surroundingBlanksInHeaderAreIgnored() {
    assertThat(verifier.verify(body, signed(" " + PAYMENT_SUCCESS_SIGNATURE + "\t")).isRight())
        .isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 63, 64, 127})
  void oneCharacterChangeInSignatureIsRejected(int position) {
    char[] changed = PAYMENT_SUCCESS_SIGNATURE.toCharArray();
    changed[position] = changed[position] == '0' ? '1' : '0';

    Either<Rejection, byte[]> result = verifier.verify(body, signed(new String(changed)));

    assertThat(result.getLeft()).isInstanceOf(Rejection.BadSignature.class);
  }

  @Test
  void oneByteChangeInBodyIsRejected() {
    byte[] changed = text(body).replace("1000", "9000").getBytes(StandardCharsets.UTF_8);

    Either<Rejection, byte[]> result = verifier.verify(changed, signed(PAYMENT_SUCCESS_SIGNATURE));

    assertThat(result.getLeft()).isInstanceOf(Rejection.BadSignature.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "abc",
        "7cc485e576f7ebda",
        "g",
        "sha512=deadbeef",
        // 128 characters, but 'g' is no hex digit.
        "g"
            + "7cc485e576f7ebdaa801adf4eab946789a254d12c9f440aa530f0535d1dc5d88"
            + "068ffe124c2600c9388ed08d6863961aa38a240929c6299d48e123c9d5504d9",
        // 128 characters with a fullwidth digit, which Character.digit would accept.
        "\uff17cc485e576f7ebdaa801adf4eab946789a254d12c9f440aa530f0535d1dc5d88"
            + "068ffe124c2600c9388ed08d6863961aa38a240929c6299d48e123c9d5504d9c",
        // 130 characters: a valid signature with two more digits.
        "7cc485e576f7ebdaa801adf4eab946789a254d12c9f440aa530f0535d1dc5d88"
            + "068ffe124c2600c9388ed08d6863961aa38a240929c6299d48e123c9d5504d9c00"
      })
  void malformedSignatureIsRejectedWithoutException(String signature) {
    Either<Rejection, byte[]> result = verifier.verify(body, signed(signature));

    assertThat(result.getLeft()).isInstanceOf(Rejection.MalformedSignature.class);
    assertThat(result.getLeft().httpStatus()).isEqualTo(401);
  }

  @Test
  void missingHeaderIsRejected() {
    Either<Rejection, byte[]> result = verifier.verify(body, Map.of("Content-Type", List.of("x")));

    assertThat(result.getLeft()).isEqualTo(new Rejection.MissingSignature("X-Jemeni-Signature"));
  }

  @Test
  void headerNameIsCaseInsensitive() {
    Map<String, List<String>> lower =
        Map.of("x-jemeni-signature", List.of(PAYMENT_SUCCESS_SIGNATURE));

    assertThat(verifier.verify(body, lower).isRight()).isTrue();
  }

  @Test
  void headerSentTwiceIsRejected() {
    Map<String, List<String>> twice =
        Map.of(
            "x-jemeni-signature", List.of(PAYMENT_SUCCESS_SIGNATURE),
            "X-JEMENI-SIGNATURE", List.of(PAYMENT_SUCCESS_SIGNATURE));

    assertThat(verifier.verify(body, twice).getLeft())
        .isInstanceOf(Rejection.MalformedSignature.class);
  }

  @Test
  void anyActiveSecretVerifiesDuringRotation() {
    WebhookSecret next = WebhookSecret.of("whsec_next_81b7");
    WebhookVerifier rotating =
        WebhookVerifier.of(WebhookSignatureScheme.hmacSha512Hex(), List.of(next, SECRET));
    String signedWithNext = WebhookSigner.of(next).sign(body);
    String signedWithOther = WebhookSigner.of(NON_ASCII_SECRET).sign(body);

    assertThat(rotating.verify(body, signed(PAYMENT_SUCCESS_SIGNATURE)).isRight()).isTrue();
    assertThat(rotating.verify(body, signed(signedWithNext)).isRight()).isTrue();
    assertThat(rotating.verify(body, signed(signedWithOther)).getLeft())
        .isEqualTo(new Rejection.BadSignature("X-Jemeni-Signature", 2));
  }

  @Test
  void customHeaderNameIsRead() {
    WebhookVerifier custom =
        WebhookVerifier.of(WebhookSignatureScheme.hmacSha512Hex("X-Other"), List.of(SECRET));

    assertThat(custom.verify(body, Map.of("x-other", List.of(PAYMENT_SUCCESS_SIGNATURE))).isRight())
        .isTrue();
    assertThat(custom.verify(body, signed(PAYMENT_SUCCESS_SIGNATURE)).getLeft())
        .isEqualTo(new Rejection.MissingSignature("X-Other"));
  }

  @Test
  void rejectionsNeverShowSecretOrSignatures() {
    String secretText = "whsec_test_3f9a1c";
    char[] changed = PAYMENT_SUCCESS_SIGNATURE.toCharArray();
    changed[5] = changed[5] == '0' ? '1' : '0';
    String wrong = new String(changed);
    List<String> outputs = new ArrayList<>();

    outputs.add(verifier.verify(body, signed(wrong)).getLeft().message());
    outputs.add(verifier.verify(body, signed(wrong + "0")).getLeft().message());
    outputs.add(verifier.verify(body, signed("z" + wrong.substring(1))).getLeft().message());
    outputs.add(verifier.verify(body, signed(wrong)).getLeft().toString());
    outputs.add(verifier.toString());
    outputs.add(SECRET.toString());

    assertThat(outputs).noneMatch(text -> text.contains(secretText));
    assertThat(outputs)
        .noneMatch(text -> text.contains(PAYMENT_SUCCESS_SIGNATURE.substring(0, 16)));
    assertThat(outputs).noneMatch(text -> text.contains(wrong.substring(1, 17)));
  }

  @Test
  void blankSecretIsRejectedWithoutShowingIt() {
    assertThatThrownBy(() -> WebhookSecret.of("   "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("webhook secret is missing or blank");
    assertThatThrownBy(() -> WebhookVerifier.of(WebhookSignatureScheme.hmacSha512Hex(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pass at least one secret");
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
