package dev.jemeni.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jemeni.domain.command.CreateSubscription;
import dev.jemeni.domain.command.DisableSubscription;
import dev.jemeni.domain.command.SendPayment;
import dev.jemeni.domain.command.TransactionStateQuery;
import dev.jemeni.domain.error.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Reads request bodies and query strings into domain commands, reporting every bad field. */
final class CommandReader {

  private final ObjectMapper mapper;

  CommandReader(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  Validation<Seq<Violation>, SendPayment> sendPayment(byte[] body) {
    return object(body)
        .flatMap(
            json ->
                SendPayment.builder()
                    .customerPhone(text(json, "customer_phone"))
                    .amount(text(json, "amount"))
                    .countryId(text(json, "country_id"))
                    .device(text(json, "device"))
                    .language(text(json, "lang"))
                    .version(text(json, "version"))
                    .returnUrl(text(json, "return_url"))
                    .validate());
  }

  Validation<Seq<Violation>, CreateSubscription> createSubscription(byte[] body) {
    return object(body)
        .flatMap(
            json ->
                CreateSubscription.of(
                    text(json, "phone"),
                    text(json, "plan_id"),
                    text(json, "frequency_id"),
                    text(json, "start_at")));
  }

  Validation<Seq<Violation>, DisableSubscription> disableSubscription(byte[] body) {
    return object(body).flatMap(json -> DisableSubscription.of(text(json, "phone")));
  }

  Validation<Seq<Violation>, TransactionStateQuery> transactionState(String rawQuery) {
    String transactionId = null;
    for (String pair : rawQuery.split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0 && pair.substring(0, equals).equals("transaction_id")) {
        transactionId = URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
      }
    }
    return TransactionStateQuery.of(transactionId);
  }

  private Validation<Seq<Violation>, JsonNode> object(byte[] body) {
    try {
      JsonNode json = mapper.readTree(body);
      if (json != null && json.isObject()) {
        return Validation.valid(json);
      }
    } catch (IOException e) {
      // Reported below as one violation, like any other body that is not a JSON object.
    }
    return Validation.invalid(
        List.of(new Violation("body", "the body is not a JSON object: send one")));
  }

  /** Returns a field's text, numbers included, or null when it is absent or JSON null. */
  private static String text(JsonNode json, String field) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }
}
