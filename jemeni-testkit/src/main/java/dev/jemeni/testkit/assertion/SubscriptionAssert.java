package dev.jemeni.testkit.assertion;

import dev.jemeni.domain.model.Subscription;
import dev.jemeni.domain.value.CustomerId;
import dev.jemeni.domain.value.PlanId;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on a {@link Subscription}.
 *
 * <p>Dates are compared as midnight UTC, the instant the fake adapter and the emulator give a date
 * that the API sends without a zone, such as {@code 2024-10-27 00:00:00}.
 */
public final class SubscriptionAssert
    extends AbstractObjectAssert<SubscriptionAssert, Subscription> {

  private static final String ACTIVE = "active";

  /** Creates assertions on {@code actual}. Prefer {@link JemeniAssertions#assertThat}. */
  public SubscriptionAssert(Subscription actual) {
    super(actual, SubscriptionAssert.class);
  }

  /** Verifies that the status is {@code active}. */
  public SubscriptionAssert isActive() {
    return hasStatus(ACTIVE);
  }

  /** Verifies that the status is anything but {@code active}, a missing status included. */
  public SubscriptionAssert isNotActive() {
    isNotNull();
    if (actual.status().contains(ACTIVE)) {
      failWithMessage(
          "Expected subscription <%s> not to be active but its status was <%s>",
          actual.id(), ACTIVE);
    }
    return this;
  }

  /** Verifies the status exactly as the API sent it. */
  public SubscriptionAssert hasStatus(String expected) {
    isNotNull();
    if (!actual.status().contains(expected)) {
      failWithMessage(
          "Expected subscription <%s> to have status <%s> but found <%s>",
          actual.id(), expected, shown(actual.status()));
    }
    return this;
  }

  /** Verifies the plan. */
  public SubscriptionAssert hasPlanId(long expected) {
    isNotNull();
    if (!actual.planId().contains(new PlanId(expected))) {
      failWithMessage(
          "Expected subscription <%s> to have plan <%d> but found <%s>",
          actual.id(), expected, shown(actual.planId()));
    }
    return this;
  }

  /** Verifies the subscribed customer. */
  public SubscriptionAssert hasCustomerId(String expected) {
    isNotNull();
    if (!actual.customerId().contains(new CustomerId(expected))) {
      failWithMessage(
          "Expected subscription <%s> to have customer <%s> but found <%s>",
          actual.id(), expected, shown(actual.customerId()));
    }
    return this;
  }

  /** Verifies that the subscription starts at midnight UTC of {@code date}. */
  public SubscriptionAssert startsOn(LocalDate date) {
    return hasDate("start", actual == null ? Option.none() : actual.startAt(), date);
  }

  /** Verifies that the current period ends at midnight UTC of {@code date}. */
  public SubscriptionAssert expiresOn(LocalDate date) {
    return hasDate("expiry", actual == null ? Option.none() : actual.expireAt(), date);
  }

  private SubscriptionAssert hasDate(String field, Option<Instant> found, LocalDate date) {
    isNotNull();
    Instant expected = date.atStartOfDay(ZoneOffset.UTC).toInstant();
    if (!found.contains(expected)) {
      failWithMessage(
          "Expected subscription <%s> to have %s <%s> but found <%s>",
          actual.id(), field, expected, shown(found));
    }
    return this;
  }

  private static String shown(Option<?> value) {
    return value.map(Objects::toString).getOrElse("none");
  }
}
