package dev.jemeni.domain.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextValueTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://shop.example/callback",
        "HTTPS://shop.example:8443/a?b=c",
        "http://localhost:8080/cb",
        "http://127.0.0.1/cb",
        "http://[::1]:9000/cb"
      })
  void returnUrlAcceptsHttpsAndLoopbackHttp(String raw) {
    assertThat(ReturnUrl.of(raw).isValid()).isTrue();
  }

  @Test
  void returnUrlRejectsPlainHttpForRemoteHost() {
    assertThat(ReturnUrl.of("http://shop.example/cb").getError())
        .contains("'http://shop.example/cb'")
        .contains("must use https");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/callback", "shop.example/cb", "mailto:a@b.example"})
  void returnUrlRejectsRelativeOrHostlessUrl(String raw) {
    assertThat(ReturnUrl.of(raw).getError()).contains("not an absolute URL");
  }

  @Test
  void returnUrlRejectsOtherSchemesUserInfoAndSyntaxErrors() {
    assertThat(ReturnUrl.of("ftp://shop.example/cb").getError()).contains("must use https");
    assertThat(ReturnUrl.of("https://user:pw@shop.example/").getError())
        .contains("user information");
    assertThat(ReturnUrl.of("https://shop example/").getError()).contains("not a valid URL");
    assertThat(ReturnUrl.of("").getError()).contains("return_url is blank");
  }

  @Test
  void loopbackHostsAreRecognised() {
    assertThat(ReturnUrl.isLoopbackHost("LOCALHOST")).isTrue();
    assertThat(ReturnUrl.isLoopbackHost("127.1.2.3")).isTrue();
    assertThat(ReturnUrl.isLoopbackHost("128.0.0.1")).isFalse();
    assertThat(ReturnUrl.isLoopbackHost("localhost.example")).isFalse();
    assertThat(ReturnUrl.isLoopbackHost(null)).isFalse();
  }

  @Test
  void languageAcceptsIsoCodesInLowerCase() {
    assertThat(Language.of("FR").get().value()).isEqualTo("fr");
    assertThat(Language.of("bm").get().value()).isEqualTo("bm");
    assertThat(Language.of("french").getError()).contains("'french'").contains("ISO 639");
    assertThat(Language.of("f1").isInvalid()).isTrue();
  }

  @Test
  void apiVersionAcceptsVFollowedByNumber() {
    assertThat(ApiVersion.of("V1").get().value()).isEqualTo("v1");
    assertThat(ApiVersion.of("1").getError()).contains("such as v1");
    assertThat(ApiVersion.of("v1.2").isInvalid()).isTrue();
  }

  @Test
  void deviceAcceptsShortNames() {
    assertThat(Device.of("Android").get().value()).isEqualTo("android");
    assertThat(Device.of("web app_2.0").isValid()).isTrue();
    assertThat(Device.of("x".repeat(65)).isInvalid()).isTrue();
    assertThat(Device.of("<script>").getError()).contains("'<script>'");
    assertThat(Device.of(null).getError()).contains("device is missing");
  }
}
