package dev.jemeni.adapter.out.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jemeni.domain.command.SendPayment;
import dev.jemeni.domain.model.Transaction;
import dev.jemeni.port.out.JemeniGateway;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Non-ASCII text is sent and signed as UTF-8 whatever the JVM's default charset.
 *
 * <p>The build runs this class twice: in the normal test JVM, and in a JVM started with {@code
 * -Dfile.encoding=ISO-8859-1}. Both runs compare what the server received with the same UTF-8 bytes
 * and the same independently computed SHA-512 signature.
 */
class WireEncodingTest {

  /** {@code reçu} with {@code ç} written as an escape, so this file's encoding cannot matter. */
  private static final String RECU = "re\u00e7u";

  private final StubServer server = new StubServer();
  private final JemeniGateway client = server.client().build();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void jvmRunsWithConfiguredDefaultCharset() {
    String expected = System.getProperty("jemeni.test.expectedDefaultCharset");
    assumeTrue(expected != null, "only the ISO-8859-1 run names its default charset");

    assertThat(Charset.defaultCharset().name()).isEqualTo(expected);
  }

  @Test
  void accentedBodySentAsUtf8() throws Exception {
    server.reply(200, Fixtures.example("realistic", "send-payment"));
    SendPayment command =
        SendPayment.builder()
            .customerPhone("98745632")
            .amount("5000")
            .countryId(1)
            .returnUrl("https://shop.example/" + RECU)
            .validate()
            .get();

    client.sendPayment(command);

    RecordedRequest request = server.next();
    byte[] expectedBody =
        ("{\"customer_phone\":\"98745632\",\"amount\":5000,\"country_id\":1,"
                + "\"return_url\":\"https://shop.example/"
                + RECU
                + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    assertThat(SignedRequests.body(request)).isEqualTo(expectedBody);
    assertThat(SignedRequests.body(request)).containsSequence((byte) 0xC3, (byte) 0xA7);
    String url = "http://127.0.0.1:" + server.port() + "/api/sandbox/send/payment";
    assertThat(request.getHeaders().get("auth-signature"))
        .isEqualTo(sha512Plus("POST", url, expectedBody));
    SignedRequests.assertSigned(request);
  }

  @Test
  void accentedQuerySentAsUtf8() throws Exception {
    server.reply(200, Fixtures.example("realistic", "transaction-state"));

    client.transactionState(Fixtures.stateQuery(RECU + "-42"));

    RecordedRequest request = server.next();
    String target = "/api/sandbox/payment/verify/state?transaction_id=re%C3%A7u-42";
    assertThat(request.getTarget()).isEqualTo(target);
    String url = "http://127.0.0.1:" + server.port() + target;
    assertThat(request.getHeaders().get("auth-signature"))
        .isEqualTo(sha512Plus("GET", url, new byte[0]));
  }

  @Test
  void responseIsDecodedAsUtf8() {
    server.reply(200, Fixtures.example("realistic", "transaction-state"));

    Transaction transaction =
        client.transactionState(Fixtures.stateQuery(Fixtures.TRANSACTION_ID)).get();

    assertThat(transaction.customer().get().lastName().get()).isEqualTo("Traor\u00e9");
  }

  /** Computes the documented scheme without the library's signer, from UTF-8 bytes. */
  private static String sha512Plus(String method, String url, byte[] body) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-512");
    String head = Fixtures.SECRET + "+" + Fixtures.TOKEN + "+" + method + "+" + url + "+";
    digest.update(head.getBytes(StandardCharsets.UTF_8));
    digest.update(body);
    digest.update(("+" + Fixtures.NOW.getEpochSecond()).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest.digest());
  }
}
