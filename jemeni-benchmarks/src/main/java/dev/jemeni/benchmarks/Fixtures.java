package dev.jemeni.benchmarks;

import dev.jemeni.signature.ApiCredentials;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The realistic requests and response every benchmark sends and serves. */
public final class Fixtures {

  /** The transaction id of the realistic transaction-state example. */
  public static final String TRANSACTION_ID = "01JD3M8ZK4T7N2VXW5C9R6B1EQ";

  /** The transaction-state path below the environment segment, with its query string. */
  public static final String STATE_PATH = "/payment/verify/state?transaction_id=" + TRANSACTION_ID;

  /** A send-payment body with every optional field set, as JSON without spaces. */
  public static final String PAYMENT_BODY =
      "{\"customer_phone\":\"98745632\",\"amount\":5000,\"device\":\"android\",\"lang\":\"fr\","
          + "\"version\":\"v1\",\"country_id\":1,\"return_url\":\"https://shop.example/callback\"}";

  /**
   * Sandbox credentials of the length real ones have; no server checks them except the emulator.
   */
  public static final ApiCredentials CREDENTIALS =
      ApiCredentials.of(
          "pk_test_37aa01c4e9b25d18", "tok_6b2d0f4e8a9c13579e2d", "sk_test_9e4f2a7c1d3b5e80f6a4");

  private static final String STATE_RESOURCE = "transaction-state.json";

  private Fixtures() {}

  /** Returns the realistic transaction-state response body, 2.8 KB of pretty-printed JSON. */
  public static byte[] transactionStateBody() {
    try (InputStream in = Fixtures.class.getResourceAsStream(STATE_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            STATE_RESOURCE + " is missing from the class path: rebuild the benchmarks jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + STATE_RESOURCE, e);
    }
  }
}
