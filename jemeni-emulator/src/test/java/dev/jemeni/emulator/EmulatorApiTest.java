package dev.jemeni.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jemeni.domain.value.TransactionId;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EmulatorApiTest {

  private static final Instant NOW = Instant.parse("2024-11-18T19:57:14.123456Z");

  private JemeniEmulator emulator;
  private SignedCalls calls;

  @BeforeEach
  void start() {
    emulator = SignedCalls.emulatorAt(NOW);
    calls = new SignedCalls(emulator, NOW.getEpochSecond());
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  @Test
  void sendPaymentAnswersWithDocumentedFieldNames() throws Exception {
    JsonNode answer = calls.json("POST", "/send/payment", paymentBody("98745632", "5000"));

    assertThat(answer.get("status").asText()).isEqualTo("Success");
    JsonNode data = answer.get("data");
    assertThat(fieldNames(data))
        .contains(
            "id",
            "amount",
            "state",
            "transaction_id",
            "created_at",
            "updated_at",
            "customer",
            "client_merchants",
            "client");
    assertThat(data.get("amount").asText()).isEqualTo("5000");
    assertThat(data.get("state").isInt()).isTrue();
    assertThat(data.get("created_at").asText()).isEqualTo("2024-11-18T19:57:14.123456Z");
    assertThat(fieldNames(data.get("customer")))
        .contains("id", "first_name", "last_name", "email", "phone", "country_id");
    assertThat(fieldNames(data.get("client_merchants").get(0).get("carrier")))
        .contains("carrier_name", "display_name", "country_id");
  }

  @Test
  void transactionStateShowsPaymentAfterApproval() throws Exception {
    String id =
        calls
            .json("POST", "/send/payment", paymentBody("98745632", "5000"))
            .at("/data/transaction_id")
            .asText();
    emulator.gateway().customers().approve(new TransactionId(id));

    JsonNode data = calls.json("GET", "/payment/verify/state?transaction_id=" + id, "").get("data");

    assertThat(data.get("state").asInt()).isEqualTo(2);
    assertThat(data.at("/payment/status").asText()).isEqualTo("paid");
    assertThat(data.at("/payment/payment_reference").asText()).startsWith("JP-");
    assertThat(data.at("/payment/due_at").asText())
        .matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
  }

  @Test
  void invalidInputGets4001WithEveryOffendingField() throws Exception {
    String body = "{\"customer_phone\":\"7O000001\",\"amount\":\"12.5\",\"lang\":\"french\"}";

    HttpResponse<String> response = calls.send("POST", "/send/payment", body);

    JsonNode answer = SignedCalls.JSON.readTree(response.body());
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(answer.get("code").asInt()).isEqualTo(4001);
    assertThat(fieldNames(answer.get("errors")))
        .containsExactlyInAnyOrder("customer_phone", "amount", "country_id", "lang");
    assertThat(answer.at("/errors/customer_phone/0").asText()).contains("7O000001");
  }

  @Test
  void bodyThatIsNotJsonGets4001() throws Exception {
    HttpResponse<String> response = calls.send("POST", "/subscriptions/disable", "phone=1");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(SignedCalls.JSON.readTree(response.body()).at("/errors/body/0").asText())
        .contains("not a JSON object");
  }

  @Test
  void serviceRefusalsFromTheModelAreAnsweredWith4001() throws Exception {
    JsonNode unknownCustomer = calls.json("POST", "/send/payment", paymentBody("70000000", "5000"));
    JsonNode archivedPlan =
        calls.json(
            "POST",
            "/subscriptions/create",
            "{\"phone\":\"98745632\",\"plan_id\":3,\"frequency_id\":1,\"start_at\":\"2024-12-01\"}");

    assertThat(unknownCustomer.get("code").asInt()).isEqualTo(4001);
    assertThat(fieldNames(unknownCustomer.get("errors"))).contains("customer_phone");
    assertThat(fieldNames(archivedPlan.get("errors"))).contains("plan_id");
  }

  @Test
  void plansAndSubscriptionsUseDocumentedShapes() throws Exception {
    JsonNode plans = calls.json("GET", "/subscriptions/plans", "").get("data");
    JsonNode created =
        calls.json(
            "POST",
            "/subscriptions/create",
            "{\"phone\":\"98745632\",\"plan_id\":1,\"frequency_id\":1,\"start_at\":\"2024-12-01\"}");
    JsonNode disabled = calls.json("POST", "/subscriptions/disable", "{\"phone\":\"98745632\"}");

    assertThat(plans.size()).isEqualTo(3);
    assertThat(fieldNames(plans.get(0)))
        .contains("id", "client_id", "name", "price", "frequency_id", "archived", "deleted_at");
    assertThat(created.at("/data/start_at").asText()).isEqualTo("2024-12-01 00:00:00");
    assertThat(created.at("/data/expire_at").asText()).isEqualTo("2025-01-01 00:00:00");
    assertThat(created.get("message").asText()).isEqualTo("Subscription created successfully");
    assertThat(disabled.at("/data/phone").asText()).isEqualTo("98745632");
    assertThat(fieldNames(disabled.get("data"))).contains("remember_token", "country_id");
  }

  @Test
  void unknownPathAndMethodGet404() throws Exception {
    assertThat(calls.send("GET", "/send/payment", "").statusCode()).isEqualTo(404);
    assertThat(calls.send("POST", "/nowhere", "{}").statusCode()).isEqualTo(404);
  }

  private static String paymentBody(String phone, String amount) {
    return "{\"customer_phone\":\"" + phone + "\",\"amount\":" + amount + ",\"country_id\":1}";
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
