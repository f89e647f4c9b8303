package dev.jemeni.adapter.out.feign;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Reads the three date forms the API sends, digit by digit.
 *
 * <p>A transaction carries about a dozen dates, and the general {@code java.time} parsers cost
 * about as much CPU time as reading the rest of the body in a profile of the transaction-state
 * call. The forms are {@code 2024-10-27}, {@code 2024-10-27 00:00:00} (or with {@code T}) and
 * {@code 2024-11-18T19:57:14.000000Z}, with 1 to 9 fraction digits. Anything else, an invalid day
 * included, is left to {@link ApiDates}, which reads the remaining ISO forms and rejects the rest.
 */
final class CommonForms {

  private static final int SECONDS_PER_DAY = 86_400;
  private static final int[] POWERS_OF_TEN = {
    1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000
  };

  private CommonForms() {}

  /**
   * Returns the instant, or null when the stripped text is not exactly one of the three forms.
   *
   * @param zone the zone of a date without offset
   */
  static Instant read(String text, ZoneId zone) {
    if (text.length() < 10 || !isDate(text)) {
      return null;
    }
    try {
      LocalDate date = LocalDate.of(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2));
      if (text.length() == 10) {
        return date.atStartOfDay(zone).toInstant();
      }
      return dateTime(text, date, zone);
    } catch (DateTimeException outOfRange) {
      return null;
    }
  }

  private static Instant dateTime(String text, LocalDate date, ZoneId zone) {
    if (text.length() < 19 || !isTime(text)) {
      return null;
    }
    int hour = number(text, 11, 2);
    int minute = number(text, 14, 2);
    int second = number(text, 17, 2);
    int end = text.length();
    boolean utc = isZulu(text.charAt(end - 1));
    int fractionEnd = utc ? end - 1 : end;
    int nanos = fraction(text, 19, fractionEnd);
    if (nanos < 0) {
      return null;
    }
    LocalDateTime local = date.atTime(hour, minute, second, nanos);
    if (!utc) {
      return local.atZone(zone).toInstant();
    }
    long seconds = date.toEpochDay() * SECONDS_PER_DAY + local.toLocalTime().toSecondOfDay();
    return Instant.ofEpochSecond(seconds, nanos);
  }

  /**
   * Returns the nanoseconds of {@code .ddd} between the two indexes, 0 when empty, -1 when
   * malformed.
   */
  private static int fraction(String text, int start, int end) {
    if (start == end) {
      return 0;
    }
    int digits = end - start - 1;
    if (text.charAt(start) != '.' || digits < 1 || digits > 9 || !areDigits(text, start + 1, end)) {
      return -1;
    }
    return number(text, start + 1, digits) * POWERS_OF_TEN[9 - digits];
  }

  private static boolean isDate(String text) {
    return areDigits(text, 0, 4)
        && text.charAt(4) == '-'
        && areDigits(text, 5, 7)
        && text.charAt(7) == '-'
        && areDigits(text, 8, 10);
  }

  private static boolean isTime(String text) {
    char separator = text.charAt(10);
    return (separator == 'T' || separator == 't' || separator == ' ')
        && areDigits(text, 11, 13)
        && text.charAt(13) == ':'
        && areDigits(text, 14, 16)
        && text.charAt(16) == ':'
        && areDigits(text, 17, 19);
  }

  private static boolean isZulu(char c) {
    return c == 'Z' || c == 'z';
  }

  private static boolean areDigits(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int number(String text, int start, int length) {
    int value = 0;
    for (int i = start; i < start + length; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }
}
