package dev.jemeni.adapter.out.feign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jemeni.domain.error.ApiCodeError;
import dev.jemeni.domain.error.Excerpt;
import dev.jemeni.domain.error.HttpStatusError;
import dev.jemeni.domain.error.JemeniError;
import dev.jemeni.domain.error.MalformedResponse;
import dev.jemeni.domain.error.Violation;
import dev.jemeni.port.out.JemeniGateway;
import java.time.Duration;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Status, envelope and body code mapped to the sealed domain errors in one place. */
class ErrorMappingTest {

  private final StubServer server = new StubServer();
  private final JemeniGateway client = server.client().retry(RetrySettings.disabled()).build();

  @AfterEach
  void stop() {
    server.close();
  }

  static Stream<Arguments> codedBodies() {
    return Stream.of(
        Arguments.of(422, "{\"status\":\"error\",\"code\":4001,\"message\":\"bad\"}", 4001),
        Arguments.of(200, "{\"status\":\"error\",\"error_code\":\"4002\",\"message\":\"x\"}", 4002),
        Arguments.of(500, "{\"status\":5001,\"message\":\"db down\"}", 5001),
        Arguments.of(503, "{\"status\":\"5002\",\"message\":\"timeout\"}", 5002),
        Arguments.of(400, "{\"code\":\"4999\",\"message\":\"new\"}", 4999),
        Arguments.of(200, "{\"status\":\"Success\",\"code\":5001,\"data\":null}", 5001),
        Arguments.of(201, "{\"code\":4002,\"data\":[]}", 4002),
        Arguments.of(200, "{\"code\":5001,\"message\":\"db down\",\"data\":\"oops\"}", 5001));
  }

  @ParameterizedTest(name = "HTTP {0} body {1} gives code {2}")
  @MethodSource("codedBodies")
  void bodyCodeWinsOverStatus(int status, String body, int code) {
    server.reply(status, body);

    JemeniError error = client.listPlans().getLeft();

    assertThat(error).isInstanceOf(ApiCodeError.class);
    assertThat(((ApiCodeError) error).code()).isEqualTo(code);
    assertThat(((ApiCodeError) error).httpStatus()).isEqualTo(status);
  }

  @ParameterizedTest(name = "HTTP {0}")
  @ValueSource(ints = {422, 200})
  void invalidInputKeepsMessageAndViolations(int status) {
    server.reply(
        status,
        "{\"status\":\"error\",\"code\":4001,\"message\":\"The given data was invalid.\","
            + "\"errors\":{\"customer_phone\":[\"The customer phone is invalid.\"],"
            + "\"amount\":\"The amount must be positive.\"}}");

    JemeniError error = client.sendPayment(Fixtures.payment()).getLeft();

    ApiCodeError.InvalidInputData invalid = (ApiCodeError.InvalidInputData) error;
    assertThat(invalid.apiMessage()).isEqualTo("The given data was invalid.");
    assertThat(invalid.violations())
        .containsExactly(
            new Violation("customer_phone", "The customer phone is invalid."),
            new Violation("amount", "The amount must be positive."));
    assertThat(error.message()).contains("4001", "customer_phone");
  }

  static Stream<Arguments> plainStatuses() {
    return Stream.of(
        Arguments.of(400, HttpStatusError.BadRequest.class),
        Arguments.of(401, HttpStatusError.Unauthorized.class),
        Arguments.of(403, HttpStatusError.Forbidden.class),
        Arguments.of(404, HttpStatusError.NotFound.class),
        Arguments.of(422, HttpStatusError.UnexpectedStatus.class),
        Arguments.of(429, HttpStatusError.TooManyRequests.class),
        Arguments.of(500, HttpStatusError.InternalServerError.class),
        Arguments.of(501, HttpStatusError.NotImplemented.class),
        Arguments.of(502, HttpStatusError.BadGateway.class),
        Arguments.of(503, HttpStatusError.ServiceUnavailable.class),
        Arguments.of(504, HttpStatusError.GatewayTimeout.class),
        Arguments.of(520, HttpStatusError.UnexpectedStatus.class));
  }

  @ParameterizedTest(name = "HTTP {0} gives {1}")
  @MethodSource("plainStatuses")
  void statusWithoutCodeMapsByStatus(int status, Class<?> type) {
    server.reply(status, "{\"status\":" + status + ",\"message\":\"no code here\"}");

    JemeniError error = client.listPlans().getLeft();

    assertThat(error).isInstanceOf(type);
    assertThat(((HttpStatusError) error).status()).isEqualTo(status);
    assertThat(((HttpStatusError) error).bodyExcerpt()).contains("no code here");
  }

  @Test
  void htmlBadGatewayKeepsBoundedExcerpt() {
    String page =
        "<html><head><title>502 Bad Gateway</title></head><body>"
            + "<center><h1>502 Bad Gateway</h1></center>"
            + "<hr><center>nginx</center>".repeat(40)
            + "</body></html>";
    server.enqueue(
        new MockResponse.Builder()
            .code(502)
            .setHeader("Content-Type", "text/html")
            .body(page)
            .build());

    JemeniError error = client.listPlans().getLeft();

    HttpStatusError.BadGateway gateway = (HttpStatusError.BadGateway) error;
    assertThat(gateway.bodyExcerpt()).startsWith("<html><head><title>502 Bad Gateway</title>");
    assertThat(gateway.bodyExcerpt()).hasSizeLessThanOrEqualTo(Excerpt.MAX_LENGTH + 1);
    assertThat(page.length()).isGreaterThan(Excerpt.MAX_LENGTH);
  }

  @Test
  void okStatusWithErrorEnvelopeIsError() {
    server.reply(200, "{\"status\":\"error\",\"message\":\"Transaction not found\",\"data\":null}");
    server.reply(200, "{\"success\":false,\"message\":\"Denied\",\"data\":{}}");
    server.reply(200, "{\"status\":false,\"message\":\"Nope\"}");

    JemeniError first = client.listPlans().getLeft();
    JemeniError second = client.listPlans().getLeft();
    JemeniError third = client.listPlans().getLeft();

    assertThat(first).isInstanceOf(HttpStatusError.UnexpectedStatus.class);
    assertThat(((HttpStatusError) first).status()).isEqualTo(200);
    assertThat(first.message()).contains("Transaction not found");
    assertThat(second).isInstanceOf(HttpStatusError.UnexpectedStatus.class);
    assertThat(third).isInstanceOf(HttpStatusError.UnexpectedStatus.class);
  }

  @Test
  void okStatusWithNonJsonBodyIsMalformed() {
    server.reply(200, "<html>maintenance</html>");
    server.reply(200, "[1, 2]");
    server.enqueue(new MockResponse.Builder().code(204).build());

    MalformedResponse html = (MalformedResponse) client.listPlans().getLeft();
    MalformedResponse array = (MalformedResponse) client.listPlans().getLeft();
    MalformedResponse empty = (MalformedResponse) client.listPlans().getLeft();

    assertThat(html.problem()).isEqualTo("the body is not JSON");
    assertThat(html.bodyExcerpt()).isEqualTo("<html>maintenance</html>");
    assertThat(array.problem()).isEqualTo("the body is not a JSON object");
    assertThat(empty.httpStatus()).isEqualTo(204);
  }

  @Test
  void redirectIsNeverFollowed() {
    server.enqueue(
        new MockResponse.Builder()
            .code(302)
            .setHeader("Location", server.baseUrl() + "/elsewhere")
            .build());
    server.reply(200, Fixtures.example("realistic", "subscription-plans"));

    JemeniError error = client.listPlans().getLeft();

    HttpStatusError.Redirected redirect = (HttpStatusError.Redirected) error;
    assertThat(redirect.status()).isEqualTo(302);
    assertThat(redirect.location().get()).endsWith("/api/elsewhere");
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void successCodeIsNotError() {
    server.reply(200, "{\"status\":\"Success\",\"code\":2000,\"data\":[]}");

    var result = client.listPlans();

    assertThat(result.isRight()).isTrue();
  }

  @Test
  void oversizedBodyIsMalformed() {
    String huge =
        "{\"status\":\"Success\",\"data\":[],\"pad\":\""
            + "x".repeat(Exchange.MAX_BODY_BYTES)
            + "\"}";
    server.reply(200, huge);

    MalformedResponse error = (MalformedResponse) client.listPlans().getLeft();

    assertThat(error.problem()).isEqualTo("the body is larger than 4194304 bytes");
  }

  @Test
  void rateLimitKeepsRetryAfter() {
    server.enqueue(
        new MockResponse.Builder().code(429).setHeader("Retry-After", "3600").body("slow").build());

    JemeniError error = client.listPlans().getLeft();

    assertThat(error.retryAfter().get()).isEqualTo(Duration.ofHours(1));
  }
}
