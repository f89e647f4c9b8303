package dev.jemeni.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jemeni.domain.error.JemeniError;
import dev.jemeni.domain.error.Violation;
import dev.jemeni.port.out.JemeniGateway;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.function.Function;

/** Routes an authenticated request to the gateway and writes the documented envelope. */
final class ApiRoutes {

  private final ObjectMapper mapper;
  private final JemeniGateway gateway;
  private final CommandReader reader;
  private final EntityJson json;
  private final ErrorBodies errors;

  ApiRoutes(ObjectMapper mapper, JemeniGateway gateway) {
    this.mapper = mapper;
    this.gateway = gateway;
    this.reader = new CommandReader(mapper);
    this.json = new EntityJson(mapper);
    this.errors = new ErrorBodies(mapper);
  }

  Response route(ApiRequest request) {
    String route = request.method() + " " + request.path();
    return switch (route) {
      case "GET /payment/verify/state" -> transactionState(request);
      case "POST /send/payment" -> sendPayment(request);
      case "GET /subscriptions/plans", "POST /subscriptions/plans" -> plans();
      case "POST /subscriptions/create" -> createSubscription(request);
      case "POST /subscriptions/disable" -> disableSubscription(request);
      default -> errors.plain(404, "Not Found: no route for " + route);
    };
  }

  private Response transactionState(ApiRequest request) {
    return validated(
        reader.transactionState(request.rawQuery()),
        query -> answer(gateway.transactionState(query), "Transaction state", json::transaction));
  }

  private Response sendPayment(ApiRequest request) {
    return validated(
        reader.sendPayment(request.body()),
        command ->
            answer(gateway.sendPayment(command), "Payment notification sent", json::transaction));
  }

  private Response plans() {
    return answer(
        gateway.listPlans(),
        "List of subscription plans",
        plans -> {
          ArrayNode array = mapper.createArrayNode();
          plans.forEach(plan -> array.add(json.plan(plan)));
          return array;
        });
  }

  private Response createSubscription(ApiRequest request) {
    return validated(
        reader.createSubscription(request.body()),
        command ->
            answer(
                gateway.createSubscription(command),
                "Subscription created successfully",
                json::subscription));
  }

  private Response disableSubscription(ApiRequest request) {
    return validated(
        reader.disableSubscription(request.body()),
        command ->
            answer(
                gateway.disableSubscription(command),
                "Customer subscription disabled successfully",
                json::customer));
  }

  private <T> Response answer(
      Either<JemeniError, T> result, String message, Function<T, JsonNode> write) {
    if (result.isLeft()) {
      return errors.of(result.getLeft());
    }
    ObjectNode body = mapper.createObjectNode();
    body.put("status", "Success");
    body.put("message", message);
    body.set("data", write.apply(result.get()));
    return new Response(200, body);
  }

  /** Validates input, then calls the gateway. Invalid input is rejected with code 4001. */
  private <C> Response validated(
      Validation<Seq<Violation>, C> command, Function<C, Response> call) {
    return command.fold(errors::invalidInput, call);
  }
}
