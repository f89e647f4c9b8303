package dev.jemeni.adapter.out.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jemeni.domain.value.Money;
import dev.jemeni.signature.ApiCredentials;
import dev.jemeni.signature.SignatureScheme;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The builder's defaults and the combinations it rejects. */
class BuilderTest {

  @Test
  void defaultsAreDocumentedValues() {
    ClientConfig config = JemeniFeignClient.builder().credentials(Fixtures.SANDBOX).config();

    assertThat(config.baseUrl()).hasToString("https://jemeni.net/api");
    assertThat(config.targetUrl()).isEqualTo("https://jemeni.net/api/sandbox");
    assertThat(config.environment()).isEqualTo(Environment.SANDBOX);
    assertThat(config.signatureScheme()).isEqualTo(SignatureScheme.SHA512_PLUS);
    assertThat(config.currency()).isEqualTo(Money.XOF);
    assertThat(config.apiTimeZone()).isEqualTo(ZoneOffset.UTC);
    assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(config.readTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(config.retry()).isEqualTo(RetrySettings.defaults());
    assertThat(config.hostAndPort()).isEqualTo("jemeni.net:443");
  }

  @Test
  void liveTargetUsesLiveSegment() {
    ClientConfig config =
        JemeniFeignClient.builder()
            .baseUrl("https://jemeni.net/api/")
            .environment(Environment.LIVE)
            .credentials(Fixtures.LIVE)
            .config();

    assertThat(config.targetUrl()).isEqualTo("https://jemeni.net/api/live");
  }

  @Test
  void rejectsLiveKeyInSandbox() {
    JemeniFeignClientBuilder builder =
        JemeniFeignClient.builder().environment(Environment.SANDBOX).credentials(Fixtures.LIVE);

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("live key")
        .hasMessageNotContaining(Fixtures.LIVE_API_KEY);
  }

  @Test
  void rejectsTestKeyInLive() {
    JemeniFeignClientBuilder builder =
        JemeniFeignClient.builder().environment(Environment.LIVE).credentials(Fixtures.SANDBOX);

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("test key");
  }

  @Test
  void rejectsPlainHttpOutsideLoopback() {
    JemeniFeignClientBuilder builder =
        JemeniFeignClient.builder().baseUrl("http://jemeni.net/api").credentials(Fixtures.SANDBOX);

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must use https");
  }

  @Test
  void acceptsPlainHttpOnLoopback() {
    for (String url :
        new String[] {"http://127.0.0.1:8080/api", "http://localhost/api", "http://[::1]:9/x"}) {
      ClientConfig config =
          JemeniFeignClient.builder().baseUrl(url).credentials(Fixtures.SANDBOX).config();

      assertThat(config.baseUrl()).hasToString(url);
    }
  }

  @Test
  void rejectsMalformedBaseUrls() {
    for (String url :
        new String[] {"", "jemeni.net/api", "https://user:pw@jemeni.net", "https://x/api?a=1"}) {
      JemeniFeignClientBuilder builder =
          JemeniFeignClient.builder().baseUrl(url).credentials(Fixtures.SANDBOX);

      assertThatThrownBy(builder::build).as(url).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void rejectsTokenThatCannotBeAHeader() {
    String token = "tok-line\nbreak-" + Fixtures.TOKEN;
    JemeniFeignClientBuilder builder =
        JemeniFeignClient.builder().credentials(ApiCredentials.of(Fixtures.API_KEY, token, "s"));

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("access token contains")
        .hasMessageNotContaining(Fixtures.TOKEN);
  }

  @Test
  void rejectsMissingCredentials() {
    assertThatThrownBy(() -> JemeniFeignClient.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("credentials are missing");
  }

  @Test
  void rejectsInvalidTimeouts() {
    for (Duration timeout :
        new Duration[] {Duration.ZERO, Duration.ofNanos(10), Duration.ofDays(30)}) {
      JemeniFeignClientBuilder builder =
          JemeniFeignClient.builder().credentials(Fixtures.SANDBOX).readTimeout(timeout);

      assertThatThrownBy(builder::build)
          .as(timeout.toString())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("readTimeout");
    }
  }

  @Test
  void rejectsJvmThatRetriesAllMethods() {
    // No HTTP call may run while the property is set: the JDK reads it once, at first use.
    System.setProperty(JdkRetrySafety.ALL_METHOD_RETRY, "true");
    try {
      JemeniFeignClientBuilder builder = JemeniFeignClient.builder().credentials(Fixtures.SANDBOX);

      assertThatThrownBy(builder::build)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("jdk.httpclient.enableAllMethodRetry");
    } finally {
      System.clearProperty(JdkRetrySafety.ALL_METHOD_RETRY);
    }
  }

  @Test
  void descriptionsHideTokenAndSecret() {
    JemeniFeignClientBuilder builder = JemeniFeignClient.builder().credentials(Fixtures.SANDBOX);

    String[] descriptions = {
      builder.toString(),
      builder.build().toString(),
      builder.config().toString(),
      Fixtures.SANDBOX.toString()
    };

    for (String description : descriptions) {
      assertThat(description).contains(Fixtures.API_KEY);
      assertThat(description).doesNotContain(Fixtures.TOKEN, Fixtures.SECRET);
    }
  }

  @Test
  void settingsRejectInvalidValues() {
    assertThatThrownBy(() -> RetrySettings.defaults().withMaxAttempts(0))
        .hasMessageContaining("maxAttempts 0");
    assertThatThrownBy(() -> RetrySettings.defaults().withJitter(1.0))
        .hasMessageContaining("jitter 1.0");
    assertThatThrownBy(
            () ->
                RetrySettings.defaults()
                    .withBackoff(Duration.ofSeconds(2), 2, Duration.ofSeconds(1)))
        .hasMessageContaining("maxBackoff");
    assertThatThrownBy(() -> CircuitBreakerSettings.defaults().withWindow(0, 10, 10))
        .hasMessageContaining("failureRateThreshold");
    assertThatThrownBy(() -> new RateLimitSettings(0, Duration.ofSeconds(1), Duration.ZERO))
        .hasMessageContaining("limitForPeriod 0");
  }
}
