package dev.jemeni.testkit.junit;

import dev.jemeni.adapter.out.fake.FakeCustomers;
import dev.jemeni.adapter.out.fake.FakeJemeniGateway;
import dev.jemeni.adapter.out.fake.FakeScenario;
import dev.jemeni.adapter.out.fake.MutableClock;
import dev.jemeni.port.out.JemeniGateway;
import dev.jemeni.port.out.PaymentGateway;
import dev.jemeni.port.out.PlanCatalogue;
import dev.jemeni.port.out.SubscriptionGateway;
import dev.jemeni.testkit.builder.JemeniDefaults;
import java.lang.reflect.AnnotatedElement;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Injects a fresh, seeded {@link FakeJemeniGateway} into each test, on a {@link MutableClock} that
 * the test can also receive.
 *
 * <p>Resolvable parameter types: {@code FakeJemeniGateway}, the ports {@code JemeniGateway}, {@code
 * PaymentGateway}, {@code SubscriptionGateway} and {@code PlanCatalogue} (all the same fake), and
 * its {@code MutableClock}, {@code FakeCustomers} and {@code FakeScenario}. Every parameter of one
 * test, its {@code @BeforeEach} and {@code @AfterEach} methods and, with the default per-method
 * lifecycle, its constructor, gets the same fake, and the next test gets a new one. {@link
 * JemeniFake} configures the fake.
 */
public final class FakeJemeniExtension implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(FakeJemeniExtension.class);

  private static final Map<Class<?>, Function<Fixture, Object>> RESOLVERS =
      Map.of(
          FakeJemeniGateway.class, Fixture::gateway,
          JemeniGateway.class, Fixture::gateway,
          PaymentGateway.class, Fixture::gateway,
          SubscriptionGateway.class, Fixture::gateway,
          PlanCatalogue.class, Fixture::gateway,
          MutableClock.class, Fixture::clock,
          FakeCustomers.class, fixture -> fixture.gateway().customers(),
          FakeScenario.class, fixture -> fixture.gateway().scenario());

  /** Creates the extension, which JUnit does through {@code @ExtendWith} or {@link JemeniFake}. */
  public FakeJemeniExtension() {}

  /** Returns whether the parameter's declared type is one of the resolvable types. */
  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return RESOLVERS.containsKey(parameter.getParameter().getType());
  }

  /** Returns the current test's fake, or a part of it, creating the fake on first use. */
  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    // The key is the context's own id because a store lookup falls back to parent contexts, and a
    // fake created for the class must not leak into a test that requests its own.
    Fixture fixture =
        context
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(
                context.getUniqueId(), id -> Fixture.create(settings(context)), Fixture.class);
    return RESOLVERS.get(parameter.getParameter().getType()).apply(fixture);
  }

  /** Makes constructor parameters share the test method's fake, not a per-class one. */
  @Override
  public ExtensionContextScope getTestInstantiationExtensionContextScope(
      ExtensionContext rootContext) {
    return ExtensionContextScope.TEST_METHOD;
  }

  /** Returns the nearest {@link JemeniFake}: on the method, then the class, then outer classes. */
  private static Optional<JemeniFake> settings(ExtensionContext context) {
    Optional<ExtensionContext> current = Optional.of(context);
    while (current.isPresent()) {
      Optional<AnnotatedElement> element = current.get().getElement();
      Optional<JemeniFake> found =
          element.flatMap(it -> AnnotationSupport.findAnnotation(it, JemeniFake.class));
      if (found.isPresent()) {
        return found;
      }
      current = current.get().getParent();
    }
    return Optional.empty();
  }

  /** One test's fake and its clock. */
  private record Fixture(FakeJemeniGateway gateway, MutableClock clock) {

    static Fixture create(Optional<JemeniFake> settings) {
      Instant start = settings.map(it -> instant(it.startAt())).orElse(JemeniDefaults.NOW);
      MutableClock clock = MutableClock.startingAt(start);
      var builder = FakeJemeniGateway.builder().clock(clock);
      settings.ifPresent(
          it ->
              builder
                  .paymentLifetime(duration(it.paymentLifetime()))
                  .registerUnknownCustomers(it.registerUnknownCustomers()));
      return new Fixture(builder.build(), clock);
    }

    private static Instant instant(String text) {
      try {
        return Instant.parse(text);
      } catch (DateTimeParseException e) {
        throw new ParameterResolutionException(
            "@JemeniFake startAt '"
                + text
                + "' is not an ISO-8601 instant: use a value such as 2024-11-18T19:57:14Z",
            e);
      }
    }

    private static Duration duration(String text) {
      try {
        return Duration.parse(text);
      } catch (DateTimeParseException e) {
        throw new ParameterResolutionException(
            "@JemeniFake paymentLifetime '"
                + text
                + "' is not an ISO-8601 duration: use a value such as PT15M or P4D",
            e);
      }
    }
  }
}
