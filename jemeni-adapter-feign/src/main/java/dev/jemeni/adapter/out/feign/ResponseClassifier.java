package dev.jemeni.adapter.out.feign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jemeni.domain.error.ApiCodeError;
import dev.jemeni.domain.error.HttpStatusError;
import dev.jemeni.domain.error.JemeniError;
import dev.jemeni.domain.error.MalformedResponse;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;

/**
 * The one place that decides whether a response is a result or an error, and which error.
 *
 * <p>In order: a 3xx is a redirect, never followed because the signature covers the original URL;
 * an API code in the body ({@link ApiCodes}) wins over the HTTP status, whatever the status, 200
 * included; any other non-2xx status maps by status ({@link HttpStatuses}), keeping an excerpt of a
 * non-JSON body such as a proxy's HTML page; a 2xx must be JSON, and an envelope whose {@code
 * status} is an error word or {@code false} is an error with its HTTP status. A proxy's 502 or 504
 * on a request that is not idempotent becomes an unknown outcome ({@link TransportFailures}).
 */
final class ResponseClassifier {

  private static final Set<String> ERROR_WORDS = Set.of("error", "failed", "failure", "fail");

  private final ObjectMapper json;
  private final Clock clock;

  ResponseClassifier(ObjectMapper json, Clock clock) {
    this.json = json;
    this.clock = clock;
  }

  /** Returns the reply when it carries data to read, or the error it reports. */
  Either<JemeniError, JsonReply> classify(CallContext context, ApiReply reply) {
    return verdict(reply).mapLeft(error -> TransportFailures.fromStatus(context, error));
  }

  /**
   * Classifies a 2xx reply whose body was already read as a JSON object, as {@link #classify}
   * would.
   *
   * @param members the body's top-level members; the classifier reads only code, error_code,
   *     status, success, message, error and errors
   */
  Either<JemeniError, ApiReply> classifyObject(
      CallContext context, ApiReply reply, JsonNode members) {
    return objectVerdict(reply, members)
        .mapLeft(error -> TransportFailures.fromStatus(context, error));
  }

  private Either<JemeniError, JsonReply> verdict(ApiReply reply) {
    int status = reply.status();
    if (status >= 300 && status < 400) {
      return Either.left(HttpStatuses.error(reply, clock));
    }
    Option<JsonNode> root = parse(reply.body());
    Option<JemeniError> coded =
        root.filter(JsonNode::isObject).flatMap(node -> ApiCodes.error(node, status));
    if (coded.isDefined()) {
      return Either.left(coded.get());
    }
    if (status < 200 || status >= 300) {
      return Either.left(HttpStatuses.error(reply, clock));
    }
    if (root.isEmpty()) {
      return Either.left(new MalformedResponse(status, "the body is not JSON", reply.excerpt()));
    }
    if (!root.get().isObject()) {
      return Either.left(
          new MalformedResponse(status, "the body is not a JSON object", reply.excerpt()));
    }
    return objectVerdict(reply, root.get()).map(ok -> new JsonReply(reply, root.get()));
  }

  /** Returns the error a 2xx object reports with a code or an error status, or the reply. */
  private static Either<JemeniError, ApiReply> objectVerdict(ApiReply reply, JsonNode root) {
    Option<ApiCodeError> coded = ApiCodes.error(root, reply.status());
    if (coded.isDefined()) {
      return Either.left(coded.get());
    }
    if (reportsError(root)) {
      return Either.left(new HttpStatusError.UnexpectedStatus(reply.status(), reply.excerpt()));
    }
    return Either.right(reply);
  }

  private Option<JsonNode> parse(byte[] body) {
    if (body.length == 0) {
      return Option.none();
    }
    try {
      return Option.of(json.readTree(body)).filter(root -> !root.isMissingNode());
    } catch (IOException notJson) {
      return Option.none();
    }
  }

  private static boolean reportsError(JsonNode root) {
    JsonNode status = root.get("status");
    JsonNode success = root.get("success");
    if (success != null && success.isBoolean() && !success.booleanValue()) {
      return true;
    }
    if (status == null) {
      return false;
    }
    if (status.isBoolean()) {
      return !status.booleanValue();
    }
    return status.isTextual()
        && ERROR_WORDS.contains(status.asText().strip().toLowerCase(Locale.ROOT));
  }
}
