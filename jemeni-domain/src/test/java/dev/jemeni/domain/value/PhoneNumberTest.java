package dev.jemeni.domain.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

  @ParameterizedTest
  @CsvSource({
    "98745632, 98745632",
    "0122030465, 0122030465",
    "'+223 76 54 32 10', +22376543210",
    "'(0122) 03.04-65', 0122030465",
    "123456789012345, 123456789012345",
    "'  98 74 56 32 ', 98745632"
  })
  void normalizesAcceptedNumbers(String raw, String normalized) {
    assertThat(PhoneNumber.of(raw).get().value()).isEqualTo(normalized);
  }

  @Test
  void rejectsLetterOInPlaceOfZero() {
    String error = PhoneNumber.of("7O000001").getError();

    assertThat(error).contains("'7O000001'");
    assertThat(error).contains("not a digit");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1234567", "+1234567", "1234567890123456", "+"})
  void rejectsWrongDigitCount(String raw) {
    assertThat(PhoneNumber.of(raw).getError()).contains("use 8 to 15 digits");
  }

  @Test
  void countsOneDigitInSingular() {
    assertThat(PhoneNumber.of("7").getError()).contains("has 1 digit: use 8 to 15 digits");
  }

  @ParameterizedTest
  @ValueSource(strings = {"++98745632", "9874+5632", "98745632#", "98/745632"})
  void rejectsPlusInsideOrOtherSymbols(String raw) {
    assertThat(PhoneNumber.of(raw).getError()).contains("not a digit");
  }

  @Test
  void rejectsMissingOrBlankNumber() {
    assertThat(PhoneNumber.of(null).getError()).contains("phone number is missing");
    assertThat(PhoneNumber.of(" ").getError()).contains("phone number is blank");
  }

  @Test
  void constructorThrowsForInvalidInput() {
    assertThatThrownBy(() -> new PhoneNumber("12"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'12'");
  }
}
