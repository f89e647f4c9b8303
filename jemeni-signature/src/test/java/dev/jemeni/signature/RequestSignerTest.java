package dev.jemeni.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class RequestSignerTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TestFactory
  Stream<DynamicTest> matchesDocumentedSchemeVectors() throws IOException {
    return vectors("signature-sha512-plus.json").stream()
        .map(
            vector ->
                DynamicTest.dynamicTest(
                    vector.get("name").asText(),
                    () -> {
                      ApiCredentials credentials =
                          ApiCredentials.of("pk_test_any", text(vector, "tk"), text(vector, "sk"));
                      RequestSigner signer =
                          new RequestSigner(SignatureScheme.SHA512_PLUS, credentials);

                      assertThat(sign(signer, vector)).isEqualTo(text(vector, "signature"));
                    }));
  }

  @TestFactory
  Stream<DynamicTest> matchesHmacSchemeVectors() throws IOException {
    return vectors("signature-hmac-sha512.json").stream()
        .map(
            vector ->
                DynamicTest.dynamicTest(
                    vector.get("name").asText(),
                    () -> {
                      ApiCredentials credentials =
                          ApiCredentials.of(text(vector, "ak"), "tok_any", text(vector, "sk"));
                      RequestSigner signer =
                          new RequestSigner(SignatureScheme.HMAC_SHA512, credentials);

                      assertThat(sign(signer, vector)).isEqualTo(text(vector, "signature"));
                    }));
  }

  @Test
  void hmacSchemeSignsPostWithoutQueryString() {
    RequestSigner signer =
        new RequestSigner(SignatureScheme.HMAC_SHA512, ApiCredentials.of("pk_test_a", "t", "s"));
    byte[] body = "{}".getBytes(StandardCharsets.UTF_8);

    String withQuery = signer.sign("POST", "https://h/api/x?a=1", body, "1");
    String withoutQuery = signer.sign("POST", "https://h/api/x", body, "1");

    assertThat(withQuery).isEqualTo(withoutQuery);
  }

  @Test
  void verifyAcceptsUpperCaseAndRejectsMalformedSignatures() {
    RequestSigner signer =
        new RequestSigner(SignatureScheme.SHA512_PLUS, ApiCredentials.of("pk_test_a", "t", "s"));
    byte[] body = new byte[0];
    String good = signer.sign("GET", "https://h/x", body, "1");
    String changed = (good.charAt(0) == 'a' ? "b" : "a") + good.substring(1);

    assertThat(signer.verify("GET", "https://h/x", body, "1", good)).isTrue();
    assertThat(signer.verify("GET", "https://h/x", body, "1", good.toUpperCase(Locale.ROOT)))
        .isTrue();
    assertThat(signer.verify("GET", "https://h/x", body, "1", changed)).isFalse();
    assertThat(signer.verify("GET", "https://h/x", body, "1", "")).isFalse();
    assertThat(signer.verify("GET", "https://h/x", body, "1", null)).isFalse();
    assertThat(signer.verify("GET", "https://h/x", body, "1", "zz" + good.substring(2))).isFalse();
    assertThat(signer.verify("GET", "https://h/x", body, "2", good)).isFalse();
  }

  @Test
  void credentialsNeverShowTokenOrSecret() {
    ApiCredentials credentials = ApiCredentials.of("pk_test_a", "tok_secret1", "sk_secret2");

    assertThat(credentials.toString()).contains("pk_test_a");
    assertThat(credentials.toString()).doesNotContain("tok_secret1");
    assertThat(credentials.toString()).doesNotContain("sk_secret2");
  }

  @Test
  void credentialsRejectBlankValuesByName() {
    assertThatThrownBy(() -> ApiCredentials.of("pk_test_a", " ", "sk_secret2"))
        .hasMessageContaining("access token")
        .hasMessageNotContaining("sk_secret2");
    assertThatThrownBy(() -> ApiCredentials.of("pk_test_a", "tok", null))
        .hasMessageContaining("secret key");
  }

  private static String sign(RequestSigner signer, JsonNode vector) {
    byte[] body = text(vector, "body").getBytes(StandardCharsets.UTF_8);
    return signer.sign(
        text(vector, "method"), text(vector, "url"), body, text(vector, "timestamp"));
  }

  private static String text(JsonNode node, String field) {
    return node.get(field).asText();
  }

  private static List<JsonNode> vectors(String file) throws IOException {
    try (InputStream in = RequestSignerTest.class.getResourceAsStream("/vectors/" + file)) {
      List<JsonNode> result = new ArrayList<>();
      JSON.readTree(in).forEach(result::add);
      assertThat(result).isNotEmpty();
      return result;
    }
  }
}
