package dev.jemeni.adapter.out.feign;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.jemeni.domain.value.Money;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;

/**
 * The lenient readers of every scalar type the response DTOs use.
 *
 * <p>Ids arrive as numbers or strings, amounts as strings or numbers, flags as booleans or 0/1;
 * each reader accepts all of them and records anything else in {@link FieldProblems}.
 */
final class LenientScalars {

  private LenientScalars() {}

  /**
   * Returns a module that reads dates without an offset in {@code zone}, amounts in {@code
   * currency}.
   */
  static SimpleModule module(ZoneId zone, Currency currency) {
    SimpleModule module = new SimpleModule("jemeni-lenient-scalars");
    module.addDeserializer(String.class, new Text());
    module.addDeserializer(Long.class, new WholeNumber());
    module.addDeserializer(Integer.class, new SmallWholeNumber());
    module.addDeserializer(Boolean.class, new Flag());
    module.addDeserializer(Instant.class, new Timestamp(zone));
    module.addDeserializer(Money.class, new Amount(currency));
    return module;
  }

  /** Any scalar as its JSON text: {@code 311} and {@code "311"} both read as {@code 311}. */
  static final class Text extends LenientDeserializer<String> {
    private static final long serialVersionUID = 1L;

    Text() {
      super(String.class);
    }

    @Override
    Either<String, String> read(JsonParser parser, JsonToken token) throws IOException {
      return token.isScalarValue()
          ? Either.right(parser.getText())
          : Either.left("the value is not text");
    }

    @Override
    String expected() {
      return "text";
    }
  }

  /** A whole number from a JSON number or a numeric string. */
  static final class WholeNumber extends LenientDeserializer<Long> {
    private static final long serialVersionUID = 1L;

    WholeNumber() {
      super(Long.class);
    }

    @Override
    Either<String, Long> read(JsonParser parser, JsonToken token) throws IOException {
      if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
        return whole(parser.getDecimalValue(), parser.getText());
      }
      if (token == JsonToken.VALUE_STRING) {
        String text = parser.getText();
        return decimal(text).flatMap(value -> whole(value, text));
      }
      return Either.left(LenientDeserializer.quoted(parser.getText(), "is not " + expected()));
    }

    @Override
    String expected() {
      return "a whole number";
    }

    private static Either<String, Long> whole(BigDecimal value, String rawText) {
      try {
        BigInteger exact = value.toBigIntegerExact();
        return Either.right(exact.longValueExact());
      } catch (ArithmeticException e) {
        return Either.left(LenientDeserializer.quoted(rawText, "is not a whole number in range"));
      }
    }
  }

  /** A whole number that fits an {@code int}. */
  static final class SmallWholeNumber extends LenientDeserializer<Integer> {
    private static final long serialVersionUID = 1L;
    private final WholeNumber whole = new WholeNumber();

    SmallWholeNumber() {
      super(Integer.class);
    }

    @Override
    Either<String, Integer> read(JsonParser parser, JsonToken token) throws IOException {
      String rawText = parser.getText();
      return whole
          .read(parser, token)
          .filterOrElse(
              value -> value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE,
              value -> LenientDeserializer.quoted(rawText, "is out of range"))
          .map(Long::intValue);
    }

    @Override
    String expected() {
      return "a whole number";
    }
  }

  /** A flag from {@code true}/{@code false}, {@code 1}/{@code 0} or those words as strings. */
  static final class Flag extends LenientDeserializer<Boolean> {
    private static final long serialVersionUID = 1L;

    Flag() {
      super(Boolean.class);
    }

    @Override
    Either<String, Boolean> read(JsonParser parser, JsonToken token) throws IOException {
      return switch (parser.getText().strip().toLowerCase(java.util.Locale.ROOT)) {
        case "true", "1" -> Either.right(true);
        case "false", "0" -> Either.right(false);
        default -> Either.left(LenientDeserializer.quoted(parser.getText(), "is not a flag"));
      };
    }

    @Override
    String expected() {
      return "true or false";
    }
  }

  /** A date in one of the formats {@link ApiDates} reads. */
  static final class Timestamp extends LenientDeserializer<Instant> {
    private static final long serialVersionUID = 1L;
    private final ZoneId zone;

    Timestamp(ZoneId zone) {
      super(Instant.class);
      this.zone = zone;
    }

    @Override
    Either<String, Instant> read(JsonParser parser, JsonToken token) throws IOException {
      Option<Instant> parsed =
          token == JsonToken.VALUE_STRING ? ApiDates.parse(parser.getText(), zone) : Option.none();
      if (parsed.isDefined()) {
        return Either.right(parsed.get());
      }
      // Built only on failure: quoting runs a regular expression, costly for every date read.
      return Either.left(LenientDeserializer.quoted(parser.getText(), "is not " + expected()));
    }

    @Override
    String expected() {
      return "a date such as 2024-10-27 00:00:00 or 2024-11-18T19:57:14.000000Z";
    }
  }

  /** An amount in the configured currency, from a number or a decimal string. */
  static final class Amount extends LenientDeserializer<Money> {
    private static final long serialVersionUID = 1L;
    private final Currency currency;

    Amount(Currency currency) {
      super(Money.class);
      this.currency = currency;
    }

    @Override
    Either<String, Money> read(JsonParser parser, JsonToken token) throws IOException {
      if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
        return Money.of(parser.getDecimalValue(), currency).toEither();
      }
      if (token == JsonToken.VALUE_STRING) {
        return Money.parse(parser.getText(), currency).toEither();
      }
      return Either.left(LenientDeserializer.quoted(parser.getText(), "is not " + expected()));
    }

    @Override
    String expected() {
      return "an amount such as 5000";
    }
  }

  private static Either<String, BigDecimal> decimal(String text) {
    try {
      return Either.right(new BigDecimal(text.strip()));
    } catch (NumberFormatException e) {
      return Either.left(LenientDeserializer.quoted(text, "is not a whole number"));
    }
  }
}
