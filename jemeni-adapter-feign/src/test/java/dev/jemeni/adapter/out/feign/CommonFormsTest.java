package dev.jemeni.adapter.out.feign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommonFormsTest {

  private static final List<ZoneId> ZONES =
      List.of(ZoneOffset.UTC, ZoneId.of("Europe/Paris"), ZoneId.of("Africa/Bamako"));
  private static final DateTimeFormatter SPACED =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

  @Test
  void readsCommonFormsLikeJavaTime() {
    Random random = new Random(20261204);

    for (int i = 0; i < 2_000; i++) {
      int digits = random.nextInt(10);
      LocalDateTime local = randomDateTime(random, digits);
      ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
      String text = withFraction(local, digits);
      String utc = text + (random.nextBoolean() ? "Z" : "z");

      assertThat(CommonForms.read(utc, zone)).as(utc).isEqualTo(local.toInstant(ZoneOffset.UTC));
      assertThat(CommonForms.read(text, zone)).as(text).isEqualTo(local.atZone(zone).toInstant());
      assertThat(CommonForms.read(local.format(SPACED), zone))
          .isEqualTo(local.withNano(0).atZone(zone).toInstant());
      assertThat(CommonForms.read(local.toLocalDate().toString(), zone))
          .isEqualTo(local.toLocalDate().atStartOfDay(zone).toInstant());
    }
  }

  @Test
  void readsShortFractionAsTenths() {
    assertThat(CommonForms.read("2024-11-18T19:57:14.5Z", ZoneOffset.UTC))
        .isEqualTo(Instant.parse("2024-11-18T19:57:14.500Z"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-11-18T19:57:14+01:00",
        "2024-10-27T03:30",
        "2024-13-01",
        "2024-02-30 10:00:00",
        "2024-10-27 24:00:00",
        "2024-10-27 10:60:00",
        "2024-10-27T10:00:00.Z",
        "2024-10-27T10:00:00.1234567890Z",
        "2024-10-27T10:00:00Zulu",
        "2024-10-27Z",
        "2024-10-27x10:00:00",
        "2024/10/27",
        "+2024-10-27",
        "yesterday"
      })
  void leavesOtherTextToApiDates(String text) {
    assertThat(CommonForms.read(text, ZoneOffset.UTC)).isNull();
  }

  /** Returns a date-time between 1942 and 2079 whose nanoseconds fit {@code digits} digits. */
  private static LocalDateTime randomDateTime(Random random, int digits) {
    LocalDate day = LocalDate.ofEpochDay(random.nextInt(50_000) - 10_000);
    int unit = (int) Math.pow(10, 9 - digits);
    int nanos = random.nextInt(1_000_000_000) / unit * unit;
    return day.atTime(random.nextInt(24), random.nextInt(60), random.nextInt(60), nanos);
  }

  /** Formats with exactly {@code digits} fraction digits, trailing zeros included. */
  private static String withFraction(LocalDateTime local, int digits) {
    String seconds = local.withNano(0).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    if (digits == 0) {
      return seconds;
    }
    String nanos = String.format("%09d", local.getNano());
    return seconds + "." + nanos.substring(0, digits);
  }
}
