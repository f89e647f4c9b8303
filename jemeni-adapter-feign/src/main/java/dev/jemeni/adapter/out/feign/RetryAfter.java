package dev.jemeni.adapter.out.feign;

import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads a {@code Retry-After} header: delay seconds or an HTTP date (RFC 9110, section 10.2.3). */
final class RetryAfter {

  private static final int MAX_SECONDS_DIGITS = 15;

  private RetryAfter() {}

  /**
   * Returns the delay, zero for a date in the past, or nothing when the header is absent or
   * unreadable.
   *
   * @param header the header value, or null
   * @param clock the clock an HTTP date is compared with
   */
  static Option<Duration> parse(String header, Clock clock) {
    if (header == null || header.isBlank()) {
      return Option.none();
    }
    String value = header.strip();
    if (value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Option.some(seconds(value));
    }
    try {
      ZonedDateTime date = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration delay = Duration.between(clock.instant(), date.toInstant());
      return Option.some(delay.isNegative() ? Duration.ZERO : delay);
    } catch (DateTimeParseException e) {
      return Option.none();
    }
  }

  private static Duration seconds(String digits) {
    // A delay of more than 15 digits is centuries: treat it as the largest delay, beyond any cap.
    if (digits.length() > MAX_SECONDS_DIGITS) {
      return Duration.ofSeconds(Long.MAX_VALUE);
    }
    return Duration.ofSeconds(Long.parseLong(digits));
  }
}
