package dev.jemeni.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.jemeni.domain.error.JemeniError;
import dev.jemeni.domain.model.Outcome;
import dev.jemeni.domain.model.PaymentStatus;
import dev.jemeni.domain.model.TransactionState;
import dev.jemeni.domain.value.ApiVersion;
import dev.jemeni.domain.value.CountryId;
import dev.jemeni.domain.value.CustomerId;
import dev.jemeni.domain.value.Device;
import dev.jemeni.domain.value.FrequencyId;
import dev.jemeni.domain.value.Language;
import dev.jemeni.domain.value.PaymentReference;
import dev.jemeni.domain.value.PhoneNumber;
import dev.jemeni.domain.value.PlanId;
import dev.jemeni.domain.value.ReturnUrl;
import dev.jemeni.domain.value.SubscriptionId;
import dev.jemeni.domain.value.TransactionId;
import dev.jemeni.webhooks.Rejection;
import dev.jemeni.webhooks.WebhookEvent;
import io.vavr.jackson.datatype.VavrModule;

/**
 * Writes domain results as one JSON document: values as plain strings and numbers, amounts without
 * exponent, states with their raw and classified values, instants in ISO-8601 with their full
 * precision.
 */
final class ResultJson {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new VavrModule())
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .addMixIn(PhoneNumber.class, StringValue.class)
          .addMixIn(TransactionId.class, StringValue.class)
          .addMixIn(PaymentReference.class, StringValue.class)
          .addMixIn(SubscriptionId.class, StringValue.class)
          .addMixIn(CustomerId.class, StringValue.class)
          .addMixIn(Language.class, StringValue.class)
          .addMixIn(Device.class, StringValue.class)
          .addMixIn(ApiVersion.class, StringValue.class)
          .addMixIn(ReturnUrl.class, StringValue.class)
          .addMixIn(CountryId.class, NumberValue.class)
          .addMixIn(PlanId.class, NumberValue.class)
          .addMixIn(FrequencyId.class, NumberValue.class)
          .addMixIn(TransactionState.class, Classified.class)
          .addMixIn(PaymentStatus.class, Classified.class)
          .build();

  private ResultJson() {}

  /** Returns the indented JSON of a domain value. */
  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write " + value.getClass().getSimpleName(), e);
    }
  }

  /** Returns the event's JSON with its {@code type} first, such as {@code payment.success}. */
  static String writeEvent(WebhookEvent event) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("type", event.type());
    node.setAll((ObjectNode) MAPPER.valueToTree(event));
    return write(node);
  }

  /** Returns {@code {"error": {"type": …, "message": …}}} for a rejected webhook. */
  static String writeRejection(Rejection rejection) {
    ObjectNode details = MAPPER.createObjectNode();
    details.put("type", rejection.getClass().getSimpleName());
    details.put("message", rejection.message());
    ObjectNode root = MAPPER.createObjectNode();
    root.set("error", details);
    return write(root);
  }

  /** Returns {@code {"error": {...}}} with the error's type, message and fields. */
  static String writeError(JemeniError error) {
    ObjectNode details = MAPPER.createObjectNode();
    details.put("type", error.getClass().getSimpleName());
    details.put("message", error.message());
    details.setAll((ObjectNode) MAPPER.valueToTree(error));
    ObjectNode root = MAPPER.createObjectNode();
    root.set("error", details);
    return write(root);
  }

  /** Writes a single-valued record as its value. */
  abstract static class StringValue {
    @JsonValue
    abstract Object value();
  }

  /** Writes a numeric identifier as a JSON number. */
  abstract static class NumberValue {
    @JsonValue
    abstract Number value();
  }

  /** Adds the classified outcome beside the raw state. */
  @JsonPropertyOrder({"raw", "outcome"})
  abstract static class Classified {
    @JsonProperty("outcome")
    abstract Outcome outcome();
  }
}
