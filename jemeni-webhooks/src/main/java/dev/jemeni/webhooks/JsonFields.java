package dev.jemeni.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Locale;

/** Field readers that name the field and the expected form in every message. */
final class JsonFields {

  private static final int MAX_QUOTED = 64;

  private JsonFields() {}

  /** Reads a non-blank text field. */
  static Either<String, String> requiredText(JsonNode parent, String name) {
    JsonNode node = parent.get(name);
    if (node == null || node.isNull()) {
      return Either.left(name + " is missing: expected a non-blank string");
    }
    if (!node.isTextual() || node.asText().isBlank()) {
      return Either.left(name + " is " + describe(node) + ": expected a non-blank string");
    }
    return Either.right(node.asText());
  }

  /** Reads an identifier sent as a string or a number; absent, null and {@code ""} give none. */
  static Either<String, Option<String>> optionalId(JsonNode parent, String name) {
    JsonNode node = parent.get(name);
    if (node == null || node.isNull() || (node.isTextual() && node.asText().isEmpty())) {
      return Either.right(Option.none());
    }
    if (node.isTextual() || node.isIntegralNumber()) {
      return Either.right(Option.some(node.asText()));
    }
    return Either.left(name + " is " + describe(node) + ": expected a string or an integer");
  }

  /** Quotes a value for a message, cut short so a huge field cannot flood a log. */
  static String quote(String raw) {
    String cut = raw.length() > MAX_QUOTED ? raw.substring(0, MAX_QUOTED) + "…" : raw;
    return "'" + cut + "'";
  }

  private static String describe(JsonNode node) {
    return node.isTextual() ? "blank" : "a " + node.getNodeType().name().toLowerCase(Locale.ROOT);
  }
}
