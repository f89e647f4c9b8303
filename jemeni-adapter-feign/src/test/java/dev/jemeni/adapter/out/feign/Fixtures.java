package dev.jemeni.adapter.out.feign;

import dev.jemeni.domain.command.CreateSubscription;
import dev.jemeni.domain.command.DisableSubscription;
import dev.jemeni.domain.command.SendPayment;
import dev.jemeni.domain.command.TransactionStateQuery;
import dev.jemeni.domain.error.Violation;
import dev.jemeni.signature.ApiCredentials;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/** Credentials, commands and example bodies shared by the tests. */
final class Fixtures {

  /** Distinctive values, so the secret scan can search every log for them. */
  static final String API_KEY = "pk_test_7f3a91c2d4";

  static final String LIVE_API_KEY = "pk_live_55b0e2d1c9";
  static final String TOKEN = "tok-Zx81qQw2Tk9mLp40-access";
  static final String SECRET = "sk-S3cr3t-9f8e7d6c5b4a3921-signing";

  static final ApiCredentials SANDBOX = ApiCredentials.of(API_KEY, TOKEN, SECRET);
  static final ApiCredentials LIVE = ApiCredentials.of(LIVE_API_KEY, TOKEN, SECRET);

  /** 2024-11-18T19:57:14Z, UNIX second 1731959834. */
  static final Instant NOW = Instant.parse("2024-11-18T19:57:14Z");

  static final String TRANSACTION_ID = "01JD3M8ZK4T7N2VXW5C9R6B1EQ";

  /** Three attempts with waits of a few milliseconds, so retry tests stay fast. */
  static final RetrySettings FAST_RETRY =
      RetrySettings.defaults().withBackoff(Duration.ofMillis(5), 2.0, Duration.ofMillis(40));

  private Fixtures() {}

  static SendPayment payment() {
    return SendPayment.builder()
        .customerPhone("98745632")
        .amount("5000")
        .countryId(1)
        .validate()
        .fold(Fixtures::invalid, valid -> valid);
  }

  static TransactionStateQuery stateQuery(String transactionId) {
    return TransactionStateQuery.of(transactionId).fold(Fixtures::invalid, valid -> valid);
  }

  static CreateSubscription subscription() {
    return CreateSubscription.of("98745632", "1", "1", "2024-10-27")
        .fold(Fixtures::invalid, valid -> valid);
  }

  static DisableSubscription disable() {
    return DisableSubscription.of("98745632").fold(Fixtures::invalid, valid -> valid);
  }

  private static <T> T invalid(Seq<Violation> violations) {
    throw new AssertionError("test command is invalid: " + violations.mkString("; "));
  }

  /** Returns an example body, such as {@code example("realistic", "send-payment")}. */
  static String example(String kind, String name) {
    String resource = "/examples/" + kind + "/" + name + ".json";
    try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("test resource " + resource + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
