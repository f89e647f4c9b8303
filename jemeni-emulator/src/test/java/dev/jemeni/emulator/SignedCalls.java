package dev.jemeni.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;

/** Sends correctly signed sandbox requests to a running emulator and parses the answers. */
final class SignedCalls {

  static final ObjectMapper JSON = new ObjectMapper();

  private final JemeniEmulator emulator;
  private final long timestamp;

  SignedCalls(JemeniEmulator emulator, long timestamp) {
    this.emulator = emulator;
    this.timestamp = timestamp;
  }

  HttpResponse<String> send(String method, String sandboxPathAndQuery, String body)
      throws IOException, InterruptedException {
    String url = emulator.baseUrl() + "/sandbox" + sandboxPathAndQuery;
    return new RawClient(emulator.port())
        .request(method, "/api/sandbox" + sandboxPathAndQuery, body)
        .signed(
            emulator.account().apiKey(),
            emulator.account().token(),
            emulator.account().secretKey(),
            url,
            timestamp)
        .send();
  }

  JsonNode json(String method, String sandboxPathAndQuery, String body)
      throws IOException, InterruptedException {
    return JSON.readTree(send(method, sandboxPathAndQuery, body).body());
  }
}
