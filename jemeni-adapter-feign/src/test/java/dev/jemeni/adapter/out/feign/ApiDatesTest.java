package dev.jemeni.adapter.out.feign;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiDatesTest {

  private static final ZoneId BAMAKO = ZoneId.of("Africa/Bamako");
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @ParameterizedTest
  @CsvSource({
    "2024-11-18T19:57:14.000000Z, 2024-11-18T19:57:14Z",
    "2024-11-18T19:57:14.481516Z, 2024-11-18T19:57:14.481516Z",
    "2024-11-18t19:57:14z, 2024-11-18T19:57:14Z",
    "2024-11-18T19:57:14+01:00, 2024-11-18T18:57:14Z",
    "2024-11-18T19:57:14-05:00, 2024-11-19T00:57:14Z",
    "' 2024-11-18T19:57:14Z ', 2024-11-18T19:57:14Z"
  })
  void readsDatesWithOffsetWhateverTheZone(String text, String expected) {
    assertThat(ApiDates.parse(text, PARIS)).isEqualTo(Option.some(Instant.parse(expected)));
  }

  @ParameterizedTest
  @CsvSource({
    "2024-10-27 00:00:00, 2024-10-26T22:00:00Z",
    "2024-10-27T00:00:00, 2024-10-26T22:00:00Z",
    "2024-10-27T03:30, 2024-10-27T02:30:00Z",
    "2024-10-27, 2024-10-26T22:00:00Z"
  })
  void readsDatesWithoutOffsetInTheZone(String text, String expected) {
    assertThat(ApiDates.parse(text, PARIS)).isEqualTo(Option.some(Instant.parse(expected)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "T",
        "yesterday",
        "2024-13-01",
        "2024-10-27 25:00:00",
        "2024-10-27T10:00:00+25:00",
        "2024-10-27T10:00:00Zulu",
        "2024-10-27Z",
        "27/10/2024"
      })
  void rejectsOtherText(String text) {
    assertThat(ApiDates.parse(text, ZoneOffset.UTC)).isEqualTo(Option.none());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-06-01 09:00:00", "2024-06-01"})
  void readsBamakoDatesAsUtc(String text) {
    Instant parsed = ApiDates.parse(text, BAMAKO).get();

    assertThat(parsed).isEqualTo(ApiDates.parse(text, ZoneOffset.UTC).get());
  }
}
