package dev.jemeni.adapter.out.feign;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.ArrayDeque;
import java.util.Deque;

/** Renders positions in a response as paths such as {@code data.client_merchants[0].carrier}. */
final class JsonPaths {

  private JsonPaths() {}

  /** Returns the path of the value the parser is on. */
  static String of(JsonParser parser) {
    JsonStreamContext context = parser.getParsingContext();
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      // The parser has already entered the value's own context.
      context = context.getParent();
    }
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      parts.push(c.inArray() ? "[" + c.getCurrentIndex() + "]" : name(c.getCurrentName()));
    }
    return strip(String.join("", parts));
  }

  /** Returns the path at which Jackson failed. */
  static String of(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      path.append(
          reference.getFieldName() == null
              ? "[" + reference.getIndex() + "]"
              : name(reference.getFieldName()));
    }
    String rendered = strip(path.toString());
    return rendered.isEmpty() ? "the body" : rendered;
  }

  private static String name(String field) {
    return field == null ? "" : "." + field;
  }

  private static String strip(String path) {
    return path.startsWith(".") ? path.substring(1) : path;
  }
}
