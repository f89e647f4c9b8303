package dev.jemeni.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The emulator turns on TCP_NODELAY through the JDK server's system property. The effect itself, a
 * 40 ms stall per keep-alive request without it, shows only in timing, which unit tests do not
 * assert; the benchmarks module measures it.
 */
class EmulatorNoDelayTest {

  private String original;

  @BeforeEach
  void rememberProperty() {
    original = System.getProperty(JemeniEmulatorBuilder.NODELAY_PROPERTY);
  }

  @AfterEach
  void restoreProperty() {
    if (original == null) {
      System.clearProperty(JemeniEmulatorBuilder.NODELAY_PROPERTY);
    } else {
      System.setProperty(JemeniEmulatorBuilder.NODELAY_PROPERTY, original);
    }
  }

  @Test
  void startTurnsOnNoDelayWhenUnset() {
    System.clearProperty(JemeniEmulatorBuilder.NODELAY_PROPERTY);

    JemeniEmulator.builder().start().close();

    assertThat(System.getProperty(JemeniEmulatorBuilder.NODELAY_PROPERTY)).isEqualTo("true");
  }

  @Test
  void startKeepsApplicationsChoice() {
    System.setProperty(JemeniEmulatorBuilder.NODELAY_PROPERTY, "false");

    JemeniEmulator.builder().start().close();

    assertThat(System.getProperty(JemeniEmulatorBuilder.NODELAY_PROPERTY)).isEqualTo("false");
  }
}
