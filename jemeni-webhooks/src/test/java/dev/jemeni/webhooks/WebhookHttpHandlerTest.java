package dev.jemeni.webhooks;

import static dev.jemeni.webhooks.Fixtures.PAYMENT_SUCCESS;
import static dev.jemeni.webhooks.Fixtures.PAYMENT_SUCCESS_SIGNATURE;
import static dev.jemeni.webhooks.Fixtures.bytes;
import static dev.jemeni.webhooks.Fixtures.receiverAt;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The processor behind the JDK HTTP server on 127.0.0.1, called over real HTTP. */
class WebhookHttpHandlerTest {

  private final List<WebhookEvent> handled = new CopyOnWriteArrayList<>();
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private HttpServer server;
  private URI endpoint;

  @BeforeEach
  void startServer() throws Exception {
    WebhookProcessor processor =
        new WebhookProcessor(
            receiverAt(Instant.parse("2024-12-30T13:00:00Z")),
            new InMemoryProcessedEventStore(),
            handled::add);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/webhooks/jemeni", new WebhookHttpHandler(processor));
    server.start();
    endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks/jemeni");
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  @Test
  void signedPostIsProcessedThenDuplicate() throws Exception {
    HttpResponse<String> first = post(bytes(PAYMENT_SUCCESS), PAYMENT_SUCCESS_SIGNATURE);
    HttpResponse<String> second = post(bytes(PAYMENT_SUCCESS), PAYMENT_SUCCESS_SIGNATURE);

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.body()).isEqualTo("processed payment.success\n");
    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(second.body()).startsWith("duplicate payment.success");
    assertThat(handled).hasSize(1);
  }

  @Test
  void badSignatureAnswers401() throws Exception {
    String wrong = "0" + PAYMENT_SUCCESS_SIGNATURE.substring(1);

    HttpResponse<String> response = post(bytes(PAYMENT_SUCCESS), wrong);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).contains("does not match the body");
    assertThat(handled).isEmpty();
  }

  @Test
  void oversizedBodyAnswers413WithoutHandler() throws Exception {
    byte[] huge = new byte[WebhookHttpHandler.MAX_BODY_BYTES + 1];
    java.util.Arrays.fill(huge, (byte) ' ');

    HttpResponse<String> response = post(huge, PAYMENT_SUCCESS_SIGNATURE);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(handled).isEmpty();
  }

  @Test
  void getAnswers405() throws Exception {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(endpoint).GET().build(), HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("Allow")).contains("POST");
  }

  private HttpResponse<String> post(byte[] body, String signature) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .header("Content-Type", "application/json")
            .header("x-jemeni-signature", signature)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
