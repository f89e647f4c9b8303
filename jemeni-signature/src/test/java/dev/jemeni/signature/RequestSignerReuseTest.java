package dev.jemeni.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One signer signs many requests, in turn and at once, each as a fresh signer would. */
class RequestSignerReuseTest {

  private static final ApiCredentials CREDENTIALS =
      ApiCredentials.of("pk_test_37aa01", "tok_83be21", "sk_test_4f1c9a");
  private static final String URL = "https://jemeni.net/api/sandbox/send/payment";

  @ParameterizedTest
  @EnumSource(SignatureScheme.class)
  void reusedSignerMatchesFreshSigners(SignatureScheme scheme) {
    RequestSigner reused = new RequestSigner(scheme, CREDENTIALS);

    for (int i = 0; i < 50; i++) {
      String expected = new RequestSigner(scheme, CREDENTIALS).sign("POST", URL, body(i), "17");

      assertThat(reused.sign("POST", URL, body(i), "17")).isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @EnumSource(SignatureScheme.class)
  void concurrentCallsDoNotMixState(SignatureScheme scheme) throws Exception {
    RequestSigner shared = new RequestSigner(scheme, CREDENTIALS);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Boolean>> results = new ArrayList<>();

    try {
      for (int i = 0; i < 400; i++) {
        int request = i;
        String expected = new RequestSigner(scheme, CREDENTIALS).sign("POST", URL, body(i), "17");
        results.add(
            pool.submit(() -> shared.sign("POST", URL, body(request), "17").equals(expected)));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static byte[] body(int request) {
    return ("{\"amount\":" + request + "}").getBytes(StandardCharsets.UTF_8);
  }
}
