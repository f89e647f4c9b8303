package dev.jemeni.adapter.out.feign;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import dev.jemeni.domain.error.Excerpt;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;

/**
 * Reads one scalar field without ever failing the whole response.
 *
 * <p>A blank string is absent. A value of the wrong kind, an object where a number belongs or
 * {@code "abc"} for an amount, is absent too and recorded in the {@link FieldProblems} of the read,
 * so a required field can be reported precisely and an optional one is skipped with a warning.
 *
 * @param <T> the Java type read
 */
abstract class LenientDeserializer<T> extends StdScalarDeserializer<T> {

  private static final long serialVersionUID = 1L;

  LenientDeserializer(Class<T> type) {
    super(type);
  }

  @Override
  public final T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      String path = JsonPaths.of(parser);
      parser.skipChildren();
      return reject(context, path, "the value is an object or array, expected " + expected());
    }
    if (token == JsonToken.VALUE_STRING && parser.getText().isBlank()) {
      return null;
    }
    Either<String, T> read = read(parser, token);
    // The path is rendered only for a rejection, because rendering it for every field cost more
    // than reading the field. Reading a scalar leaves the parser on it, so the path is the same.
    return read.isRight() ? read.get() : reject(context, JsonPaths.of(parser), read.getLeft());
  }

  /** Reads the current scalar token, or returns why it cannot be read. */
  abstract Either<String, T> read(JsonParser parser, JsonToken token) throws IOException;

  /** Describes the expected value for messages, such as {@code a whole number}. */
  abstract String expected();

  /** Returns a rejection reason that quotes the value, cut short. */
  static String quoted(String value, String problem) {
    String cut = value.length() > 64 ? value.substring(0, 64) + "…" : value;
    return "the value '" + Excerpt.of(cut) + "' " + problem;
  }

  static <T> Either<String, T> fromOption(Option<T> value, String reason) {
    return value.toEither(reason);
  }

  private T reject(DeserializationContext context, String path, String reason) {
    Object problems = context.getAttribute(FieldProblems.ATTRIBUTE);
    if (problems instanceof FieldProblems found) {
      found.add(path, reason);
    }
    return null;
  }
}
