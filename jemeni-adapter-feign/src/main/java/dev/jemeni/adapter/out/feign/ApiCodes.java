package dev.jemeni.adapter.out.feign;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jemeni.domain.error.ApiCodeError;
import dev.jemeni.domain.error.Excerpt;
import dev.jemeni.domain.error.Violation;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the API's own error code in a response body and maps it to its domain error.
 *
 * <p>The code is the first value of {@code code}, {@code error_code} or {@code status}, as a number
 * or a numeric string, from 4000 to 5999: the documented codes are 4001, 4002, 5001 and 5002. A
 * three-digit value there is an echo of the HTTP status and is skipped, and so is a four-digit
 * value outside those families, such as a success code 2000.
 */
final class ApiCodes {

  private static final java.util.List<String> CODE_FIELDS =
      java.util.List.of("code", "error_code", "status");
  private static final int MAX_VIOLATIONS = 20;
  private static final Pattern API_CODE = Pattern.compile("[45][0-9]{3}");

  private ApiCodes() {}

  /** Returns the error the body reports with a code, if it reports one. */
  static Option<ApiCodeError> error(JsonNode root, int httpStatus) {
    return code(root).map(code -> toError(code, httpStatus, root));
  }

  static Option<Integer> code(JsonNode root) {
    for (String field : CODE_FIELDS) {
      Option<Integer> code = errorCode(root.get(field));
      if (code.isDefined()) {
        return code;
      }
    }
    return Option.none();
  }

  /** Returns the API's message from {@code message} or {@code error}, bounded; empty if none. */
  static String message(JsonNode root) {
    for (String field : java.util.List.of("message", "error")) {
      JsonNode node = root.get(field);
      if (node != null && node.isTextual() && !node.asText().isBlank()) {
        return Excerpt.of(node.asText());
      }
    }
    return "";
  }

  private static ApiCodeError toError(int code, int httpStatus, JsonNode root) {
    String message = message(root);
    return switch (code) {
      case 4001 -> new ApiCodeError.InvalidInputData(httpStatus, message, violations(root));
      case 4002 -> new ApiCodeError.ResourceConstraintExceeded(httpStatus, message);
      case 5001 -> new ApiCodeError.DatabaseConnectionFailed(httpStatus, message);
      case 5002 -> new ApiCodeError.ServiceDependencyTimeout(httpStatus, message);
      default -> new ApiCodeError.UnknownApiCode(code, httpStatus, message);
    };
  }

  private static Option<Integer> errorCode(JsonNode node) {
    if (node == null || !(node.isIntegralNumber() || node.isTextual())) {
      return Option.none();
    }
    String text = node.asText().strip();
    return API_CODE.matcher(text).matches() ? Option.some(Integer.parseInt(text)) : Option.none();
  }

  /** Reads {@code errors} as {@code {"field": "message"}} or {@code {"field": ["message"]}}. */
  private static List<Violation> violations(JsonNode root) {
    JsonNode errors = root.get("errors");
    if (errors == null || !errors.isObject()) {
      return List.empty();
    }
    List<Violation> found = List.empty();
    for (Map.Entry<String, JsonNode> field : errors.properties()) {
      String name = Excerpt.of(field.getKey());
      found = found.appendAll(messages(field.getValue()).map(text -> new Violation(name, text)));
    }
    return found.take(MAX_VIOLATIONS);
  }

  private static List<String> messages(JsonNode value) {
    if (value.isTextual()) {
      return List.of(Excerpt.of(value.asText()));
    }
    if (value.isArray()) {
      return List.ofAll(value).filter(JsonNode::isTextual).map(node -> Excerpt.of(node.asText()));
    }
    return List.empty();
  }
}
