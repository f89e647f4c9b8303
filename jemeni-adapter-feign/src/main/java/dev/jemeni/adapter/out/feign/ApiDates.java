package dev.jemeni.adapter.out.feign;

import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Parses the date formats the API sends.
 *
 * <p>{@code 2024-11-18T19:57:14.000000Z} carries its offset (any ISO offset is read); {@code
 * 2024-10-27 00:00:00} and {@code 2024-10-27} carry none and are read in the configured zone.
 */
final class ApiDates {

  private ApiDates() {}

  /** Returns the instant, or nothing when the text is in none of the formats. */
  static Option<Instant> parse(String text, ZoneId zone) {
    String value = text.strip();
    Instant common = CommonForms.read(value, zone);
    if (common != null) {
      return Option.some(common);
    }
    if (value.length() > 10 && value.charAt(10) == ' ') {
      value = value.substring(0, 10) + 'T' + value.substring(11);
    }
    int separator = Math.max(value.indexOf('T'), value.indexOf('t'));
    if (separator < 0) {
      return dateOnly(value, zone);
    }
    // Each format that fails throws an exception, which costs more than the parse itself, so a
    // format the text cannot match is not tried: an offset is Z or a sign after the time separator.
    if (mayEndInOffset(value, separator)) {
      Option<Instant> offset = withOffset(value);
      if (offset.isDefined()) {
        return offset;
      }
    }
    return withoutOffset(value, zone);
  }

  private static boolean mayEndInOffset(String value, int separator) {
    char last = value.charAt(value.length() - 1);
    boolean zulu = last == 'Z' || last == 'z';
    return zulu || value.indexOf('+', separator) > 0 || value.indexOf('-', separator) > 0;
  }

  private static Option<Instant> withOffset(String value) {
    try {
      return Option.some(
          OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
    } catch (DateTimeParseException e) {
      return Option.none();
    }
  }

  private static Option<Instant> withoutOffset(String value, ZoneId zone) {
    try {
      return Option.some(LocalDateTime.parse(value).atZone(zone).toInstant());
    } catch (DateTimeParseException e) {
      return Option.none();
    }
  }

  private static Option<Instant> dateOnly(String value, ZoneId zone) {
    try {
      return Option.some(LocalDate.parse(value).atStartOfDay(zone).toInstant());
    } catch (DateTimeParseException e) {
      return Option.none();
    }
  }
}
