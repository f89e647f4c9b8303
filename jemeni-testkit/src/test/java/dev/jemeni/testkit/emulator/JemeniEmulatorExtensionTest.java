package dev.jemeni.testkit.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jemeni.emulator.JemeniEmulator;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(JemeniEmulatorExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JemeniEmulatorExtensionTest {

  private static int previousPort;

  @Test
  @Order(1)
  void injectsRunningEmulatorOnLoopback(JemeniEmulator emulator) throws IOException {
    previousPort = emulator.port();

    assertThat(emulator.baseUrl()).startsWith("http://127.0.0.1:").endsWith("/api");
    assertThat(emulator.account().isTestKey()).isTrue();
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", emulator.port()), 1000);
      assertThat(socket.isConnected()).isTrue();
    }
  }

  @Test
  @Order(2)
  void stopsEmulatorAfterEachTest() {
    assertThat(previousPort).isPositive();
    assertThatThrownBy(
            () -> {
              try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", previousPort), 1000);
              }
            })
        .isInstanceOf(IOException.class);
  }
}
