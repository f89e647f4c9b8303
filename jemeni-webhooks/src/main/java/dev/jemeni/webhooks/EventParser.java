package dev.jemeni.webhooks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.jemeni.domain.model.PaymentStatus;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads a verified body into a typed event.
 *
 * <p>The body's own {@code signature} field is ignored: a value inside the body cannot vouch for
 * the body that contains it, and the Jemeni documentation does not say what it is computed over.
 * The header signature covers every byte of the body, that field included.
 */
final class EventParser {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          // Two "event" keys would let readers of the same bytes disagree on what was signed.
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private EventParser() {}

  /** Parses the body, or returns which field is missing or invalid. */
  static Either<Rejection, WebhookEvent> parse(byte[] body) {
    return readTree(body).flatMap(root -> parse(root, body)).mapLeft(Rejection.MalformedBody::new);
  }

  private static Either<String, WebhookEvent> parse(JsonNode root, byte[] body) {
    Either<String, String> type = JsonFields.requiredText(root, "event");
    Either<String, Instant> timestamp = timestamp(root.get("timestamp"));
    if (type.isLeft()) {
      return Either.left(type.getLeft());
    }
    if (timestamp.isLeft()) {
      return Either.left(timestamp.getLeft());
    }
    return event(type.get(), timestamp.get(), root, body);
  }

  private static Either<String, WebhookEvent> event(
      String type, Instant timestamp, JsonNode root, byte[] body) {
    JsonNode data = root.path("data");
    return switch (type) {
      case PaymentSucceeded.TYPE ->
          PaymentFields.parse(data).map(fields -> fields.succeeded(timestamp));
      case PaymentFailed.TYPE -> PaymentFields.parse(data).map(fields -> fields.failed(timestamp));
      default -> Either.right(unknown(type, timestamp, data, body));
    };
  }

  private static WebhookEvent unknown(String type, Instant timestamp, JsonNode data, byte[] body) {
    Option<PaymentStatus> status =
        Option.of(data.get("status"))
            .filter(JsonNode::isTextual)
            .map(node -> new PaymentStatus(node.asText()));
    return new UnknownEvent(type, timestamp, status, new String(body, StandardCharsets.UTF_8));
  }

  private static Either<String, JsonNode> readTree(byte[] body) {
    if (body.length == 0) {
      return Either.left("body is empty: expected a JSON object");
    }
    try {
      JsonNode root = MAPPER.readTree(body);
      return root != null && root.isObject()
          ? Either.right(root)
          : Either.left("body is not a JSON object");
    } catch (JsonProcessingException e) {
      // The location only: Jackson's message can quote body text, and the body has a signature.
      return Either.left(
          "body is not valid JSON at line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr());
    } catch (IOException e) {
      return Either.left("body could not be read as JSON (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static Either<String, Instant> epochSeconds(JsonNode node) {
    try {
      if (node.canConvertToLong()) {
        return Either.right(Instant.ofEpochSecond(node.asLong()));
      }
    } catch (DateTimeException e) {
      // Falls through to the message below.
    }
    return Either.left("timestamp " + node.asText() + " is out of range: expected UNIX seconds");
  }

  /**
   * Reads an ISO-8601 instant with offset such as {@code 2024-12-30T12:34:56Z}, or UNIX seconds.
   */
  private static Either<String, Instant> timestamp(JsonNode node) {
    if (node == null || node.isNull()) {
      return Either.left("timestamp is missing: expected an ISO-8601 instant");
    }
    if (node.isIntegralNumber()) {
      return epochSeconds(node);
    }
    if (!node.isTextual()) {
      return Either.left("timestamp is " + node.getNodeType() + ": expected an ISO-8601 instant");
    }
    try {
      return Either.right(OffsetDateTime.parse(node.asText().strip()).toInstant());
    } catch (DateTimeParseException e) {
      return Either.left(
          "timestamp "
              + JsonFields.quote(node.asText())
              + " is not an ISO-8601 instant with offset, such as 2024-12-30T12:34:56Z");
    }
  }
}
