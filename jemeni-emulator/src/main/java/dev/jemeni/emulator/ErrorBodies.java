package dev.jemeni.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jemeni.adapter.out.fake.InvalidInput;
import dev.jemeni.domain.error.ApiCodeError;
import dev.jemeni.domain.error.HttpStatusError;
import dev.jemeni.domain.error.JemeniError;
import dev.jemeni.domain.error.Violation;
import io.vavr.collection.Seq;

/**
 * Writes error responses. The documentation shows no error body, so the emulator uses the envelope
 * of successful responses with {@code "status": "error"}, the API code in {@code code} and the
 * rejected fields in a Laravel-style {@code errors} object of message arrays.
 */
final class ErrorBodies {

  private final ObjectMapper mapper;

  ErrorBodies(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** Responds to input the emulator itself rejects, with the status the fake uses for 4001. */
  Response invalidInput(Seq<Violation> violations) {
    return invalidInput(InvalidInput.HTTP_STATUS, violations);
  }

  Response invalidInput(int status, Seq<Violation> violations) {
    ObjectNode body = envelope("Invalid Input Data");
    body.put("code", 4001);
    ObjectNode errors = body.putObject("errors");
    violations.forEach(v -> errors.withArray(v.field()).add(v.message()));
    return new Response(status, body);
  }

  Response apiCode(int code, int status, String message) {
    ObjectNode body = envelope(message);
    body.put("code", code);
    return new Response(status, body);
  }

  Response plain(int status, String message) {
    return new Response(status, envelope(message));
  }

  /** Writes a gateway error as the real service would respond. */
  Response of(JemeniError error) {
    if (error instanceof ApiCodeError.InvalidInputData invalid) {
      return invalidInput(invalid.httpStatus(), invalid.violations());
    }
    if (error instanceof ApiCodeError code) {
      return apiCode(code.code(), code.httpStatus(), code.apiMessage());
    }
    if (error instanceof HttpStatusError status) {
      return plain(status.status(), status.bodyExcerpt());
    }
    return plain(500, "Internal Server Error");
  }

  private ObjectNode envelope(String message) {
    ObjectNode body = mapper.createObjectNode();
    body.put("status", "error");
    body.put("message", message);
    body.putNull("data");
    return body;
  }
}
