package dev.jemeni.adapter.out.feign;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.type.TypeFactory;
import dev.jemeni.domain.error.JemeniError;
import dev.jemeni.domain.error.MalformedResponse;
import dev.jemeni.domain.model.Customer;
import dev.jemeni.domain.model.Plan;
import dev.jemeni.domain.model.Subscription;
import dev.jemeni.domain.model.Transaction;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.io.IOException;
import java.util.function.BiFunction;
import org.mapstruct.factory.Mappers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the {@code data} of a successful reply into domain records.
 *
 * <p>Unreadable optional fields are absent and logged; a missing or unreadable required field, or a
 * {@code data} of the wrong shape, is a {@link MalformedResponse} naming the field. No exception
 * escapes for anything the server sends.
 */
final class ResponseReader {

  private static final Logger log = LoggerFactory.getLogger(ResponseReader.class);

  private final ObjectMapper json;
  private final ResponseMapper mapper = Mappers.getMapper(ResponseMapper.class);

  ResponseReader(ObjectMapper json) {
    this.json = json;
  }

  Either<JemeniError, Transaction> transaction(CallContext context, JsonReply reply) {
    return read(context, reply, TransactionDto.class, RequiredFields::transaction)
        .map(mapper::transaction);
  }

  Either<JemeniError, Subscription> subscription(CallContext context, JsonReply reply) {
    return read(context, reply, SubscriptionDto.class, RequiredFields::subscription)
        .map(mapper::subscription);
  }

  Either<JemeniError, Customer> customer(CallContext context, JsonReply reply) {
    return read(context, reply, CustomerDto.class, RequiredFields::customer).map(mapper::customer);
  }

  Either<JemeniError, List<Plan>> plans(CallContext context, JsonReply reply) {
    JavaType planList = types().constructCollectionType(java.util.List.class, PlanDto.class);
    return read(context, reply, planList, RequiredFields::plans)
        .map(plans -> List.ofAll(plans).map(mapper::plan));
  }

  private <D> Either<JemeniError, D> read(
      CallContext context,
      JsonReply reply,
      Class<D> type,
      BiFunction<D, FieldProblems, Either<String, D>> required) {
    return read(context, reply, types().constructType(type), required);
  }

  private <D> Either<JemeniError, D> read(
      CallContext context,
      JsonReply reply,
      JavaType dataType,
      BiFunction<D, FieldProblems, Either<String, D>> required) {
    FieldProblems problems = new FieldProblems();
    Either<String, D> data =
        this.<D>parse(reply, dataType, problems).flatMap(dto -> required.apply(dto, problems));
    problems.all().forEach((path, reason) -> logIgnored(context, path, reason));
    ApiReply received = reply.reply();
    return data.mapLeft(
        problem -> new MalformedResponse(received.status(), problem, received.excerpt()));
  }

  private <D> Either<String, D> parse(JsonReply reply, JavaType dataType, FieldProblems problems) {
    JavaType envelope = types().constructParametricType(Envelope.class, dataType);
    ObjectReader reader = json.readerFor(envelope).withAttribute(FieldProblems.ATTRIBUTE, problems);
    try {
      Envelope<D> parsed = reader.readValue(reply.root());
      return Either.right(parsed.data());
    } catch (JsonMappingException e) {
      return Either.left(JsonPaths.of(e) + " has an unexpected shape");
    } catch (IOException e) {
      return Either.left("the body is not valid JSON");
    }
  }

  private static void logIgnored(CallContext context, String path, String reason) {
    log.warn(
        "{}: field {} is unreadable and was read as absent: {}", context.describe(), path, reason);
  }

  private TypeFactory types() {
    return json.getTypeFactory();
  }
}
