package dev.jemeni.adapter.out.feign;

import static dev.jemeni.adapter.out.feign.SignedRequests.assertSigned;
import static dev.jemeni.adapter.out.feign.SignedRequests.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jemeni.domain.command.SendPayment;
import dev.jemeni.domain.error.JemeniError;
import dev.jemeni.domain.model.Outcome;
import dev.jemeni.domain.model.Plan;
import dev.jemeni.domain.model.Transaction;
import dev.jemeni.domain.value.Money;
import dev.jemeni.port.out.JemeniGateway;
import dev.jemeni.signature.SignatureScheme;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each operation on the wire: method, URL, exact body bytes, every header and the signature. */
class OperationsWireTest {

  private final StubServer server = new StubServer();
  private final JemeniGateway client = server.client().build();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void sendPaymentSendsExactBodyAndSignature() {
    server.reply(200, Fixtures.example("realistic", "send-payment"));

    Either<JemeniError, Transaction> result = client.sendPayment(Fixtures.payment());

    RecordedRequest request = server.next();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/api/sandbox/send/payment");
    assertThat(utf8(body(request)))
        .isEqualTo("{\"customer_phone\":\"98745632\",\"amount\":5000,\"country_id\":1}");
    assertThat(assertSigned(request)).isEqualTo("1731959834");
    assertThat(result.get().transactionId().value()).isEqualTo(Fixtures.TRANSACTION_ID);
    assertThat(result.get().outcome()).isEqualTo(Outcome.PENDING);
  }

  @Test
  void sendPaymentSendsOptionalFieldsInOrder() {
    server.reply(200, Fixtures.example("realistic", "send-payment"));
    SendPayment command =
        SendPayment.builder()
            .customerPhone("98 74 56 32")
            .amount("5000")
            .countryId(1)
            .device("android")
            .language("fr")
            .version("v1")
            .returnUrl("https://shop.example/return?order=42")
            .validate()
            .get();

    client.sendPayment(command);

    assertThat(utf8(body(server.next())))
        .isEqualTo(
            "{\"customer_phone\":\"98745632\",\"amount\":5000,\"country_id\":1,"
                + "\"device\":\"android\",\"lang\":\"fr\",\"version\":\"v1\","
                + "\"return_url\":\"https://shop.example/return?order=42\"}");
  }

  @Test
  void sendPaymentWritesPlainIntegerAmount() {
    server.reply(200, Fixtures.example("realistic", "send-payment"));
    SendPayment command =
        SendPayment.builder()
            .customerPhone("98745632")
            .amount(new Money(new BigDecimal("1E+3"), Money.XOF))
            .countryId(1)
            .validate()
            .get();

    client.sendPayment(command);

    assertThat(utf8(body(server.next()))).contains("\"amount\":1000,");
  }

  @Test
  void transactionStateSignsEncodedQuery() {
    server.reply(200, Fixtures.example("realistic", "transaction-state"));

    Either<JemeniError, Transaction> result =
        client.transactionState(Fixtures.stateQuery(Fixtures.TRANSACTION_ID));

    RecordedRequest request = server.next();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget())
        .isEqualTo("/api/sandbox/payment/verify/state?transaction_id=" + Fixtures.TRANSACTION_ID);
    assertThat(body(request)).isEmpty();
    assertSigned(request);
    assertThat(result.get().outcome()).isEqualTo(Outcome.SUCCEEDED);
  }

  @Test
  void transactionStatePercentEncodesReservedCharacters() {
    server.reply(200, Fixtures.example("realistic", "transaction-state"));

    client.transactionState(Fixtures.stateQuery("a b+c/d&e=f?g%h#é~"));

    RecordedRequest request = server.next();
    assertThat(request.getTarget())
        .isEqualTo(
            "/api/sandbox/payment/verify/state?transaction_id="
                + "a%20b%2Bc%2Fd%26e%3Df%3Fg%25h%23%C3%A9~");
    assertSigned(request);
  }

  @Test
  void listPlansSendsNoBody() {
    server.reply(200, Fixtures.example("realistic", "subscription-plans"));

    Either<JemeniError, List<Plan>> result = client.listPlans();

    RecordedRequest request = server.next();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/api/sandbox/subscriptions/plans");
    assertThat(body(request)).isEmpty();
    assertSigned(request);
    assertThat(result.get().map(plan -> plan.id().value())).containsExactly(1L, 2L, 3L);
  }

  @Test
  void createSubscriptionSendsIsoDate() {
    server.reply(200, Fixtures.example("realistic", "subscription-create"));

    var result = client.createSubscription(Fixtures.subscription());

    RecordedRequest request = server.next();
    assertThat(request.getTarget()).isEqualTo("/api/sandbox/subscriptions/create");
    assertThat(utf8(body(request)))
        .isEqualTo(
            "{\"phone\":\"98745632\",\"plan_id\":1,\"frequency_id\":1,\"start_at\":\"2024-10-27\"}");
    assertSigned(request);
    assertThat(result.get().id().value()).isEqualTo("17");
  }

  @Test
  void disableSubscriptionSendsPhone() {
    server.reply(200, Fixtures.example("realistic", "subscription-disable"));

    var result = client.disableSubscription(Fixtures.disable());

    RecordedRequest request = server.next();
    assertThat(request.getTarget()).isEqualTo("/api/sandbox/subscriptions/disable");
    assertThat(utf8(body(request))).isEqualTo("{\"phone\":\"98745632\"}");
    assertSigned(request);
    assertThat(result.get().phone().get()).isEqualTo("98745632");
  }

  @Test
  void liveUsesLivePathWithoutSandbox() {
    server.reply(200, Fixtures.example("realistic", "send-payment"));
    JemeniGateway live =
        server.client().environment(Environment.LIVE).credentials(Fixtures.LIVE).build();

    live.sendPayment(Fixtures.payment());

    RecordedRequest request = server.next();
    assertThat(request.getTarget()).isEqualTo("/api/live/send/payment");
    assertThat(request.getHeaders().names()).doesNotContain("sandbox");
    assertSigned(request, SignatureScheme.SHA512_PLUS, Fixtures.LIVE, Environment.LIVE);
  }

  @Test
  void hmacSchemeSignsPostWithoutQuery() {
    server.reply(200, Fixtures.example("realistic", "send-payment"));
    server.reply(200, Fixtures.example("realistic", "transaction-state"));
    JemeniGateway hmac = server.client().signatureScheme(SignatureScheme.HMAC_SHA512).build();

    hmac.sendPayment(Fixtures.payment());
    hmac.transactionState(Fixtures.stateQuery(Fixtures.TRANSACTION_ID));

    assertSigned(server.next(), SignatureScheme.HMAC_SHA512, Fixtures.SANDBOX, Environment.SANDBOX);
    assertSigned(server.next(), SignatureScheme.HMAC_SHA512, Fixtures.SANDBOX, Environment.SANDBOX);
  }

  @Test
  void requestsUseHttp11WithoutUpgrade() {
    server.reply(200, Fixtures.example("realistic", "subscription-plans"));

    client.listPlans();

    RecordedRequest request = server.next();
    assertThat(request.getRequestLine()).endsWith(" HTTP/1.1");
    assertThat(request.getHeaders().names()).doesNotContain("Upgrade", "HTTP2-Settings");
  }

  private static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
