package dev.jemeni.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Registers {@link FakeJemeniExtension} and configures the fake it creates.
 *
 * <p>On a test method it overrides the annotation on the class. On a class it applies to the tests
 * of its {@code @Nested} classes too. Without the annotation the extension uses these defaults.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(FakeJemeniExtension.class)
public @interface JemeniFake {

  /** The clock's start, an ISO-8601 instant such as {@code 2024-11-18T19:57:14Z}. */
  String startAt() default "2024-11-18T19:57:14Z";

  /**
   * How long a customer has to respond to a payment before it expires, as an ISO-8601 duration such
   * as {@code PT15M}. The default is the fake's four days.
   */
  String paymentLifetime() default "P4D";

  /**
   * Whether a payment to an unknown phone number registers a new customer instead of being rejected
   * with code 4001.
   */
  boolean registerUnknownCustomers() default false;
}
