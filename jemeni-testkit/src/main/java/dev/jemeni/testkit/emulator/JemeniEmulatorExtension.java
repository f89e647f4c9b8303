package dev.jemeni.testkit.emulator;

import dev.jemeni.emulator.JemeniEmulator;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts a fresh Jemeni API emulator on a free loopback port for each test that declares a {@link
 * JemeniEmulator} parameter, and stops it after the test.
 *
 * <pre>{@code
 * @ExtendWith(JemeniEmulatorExtension.class)
 * class CheckoutIT {
 *   @Test
 *   void paysThroughHttp(JemeniEmulator emulator) {
 *     JemeniGateway client = JemeniFeignClient.builder()
 *         .baseUrl(emulator.baseUrl())
 *         .credentials(emulator.account())
 *         .build();
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>The emulator has one sandbox account with random keys, the documented signature scheme and a
 * seeded fake whose customers never respond, so act as the customer through {@code
 * emulator.gateway().customers()}.
 */
public final class JemeniEmulatorExtension implements ParameterResolver, AfterEachCallback {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(JemeniEmulatorExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == JemeniEmulator.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            JemeniEmulator.class, type -> JemeniEmulator.builder().start(), JemeniEmulator.class);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    JemeniEmulator emulator =
        context.getStore(NAMESPACE).remove(JemeniEmulator.class, JemeniEmulator.class);
    if (emulator != null) {
      emulator.close();
    }
  }
}
