package dev.jemeni.adapter.out.feign;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A response envelope: the {@code data} payload and the top-level members that {@link
 * ResponseClassifier} reads, so that one parse of a 2xx body serves both.
 *
 * @param code an API code, such as 4001
 * @param errorCode an API code under its other name
 * @param status a status word, flag or code
 * @param success a success flag
 * @param message the API's message
 * @param error the API's message under its other name
 * @param errors field errors of a 4001
 * @param data the payload
 * @param <T> the payload's DTO type
 */
record Envelope<T>(
    JsonNode code,
    @JsonProperty("error_code") JsonNode errorCode,
    JsonNode status,
    JsonNode success,
    JsonNode message,
    JsonNode error,
    JsonNode errors,
    T data) {

  /** Returns the members other than {@code data} that were present, as one object. */
  ObjectNode members() {
    ObjectNode members = JsonNodeFactory.instance.objectNode();
    putIfPresent(members, "code", code);
    putIfPresent(members, "error_code", errorCode);
    putIfPresent(members, "status", status);
    putIfPresent(members, "success", success);
    putIfPresent(members, "message", message);
    putIfPresent(members, "error", error);
    putIfPresent(members, "errors", errors);
    return members;
  }

  private static void putIfPresent(ObjectNode members, String name, JsonNode value) {
    if (value != null) {
      members.set(name, value);
    }
  }
}
