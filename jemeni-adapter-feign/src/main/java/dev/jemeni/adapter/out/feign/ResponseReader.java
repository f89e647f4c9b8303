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
 * Classifies a reply and reads the {@code data} of a successful one into domain records.
 *
 * <p>A 2xx body is parsed once, straight into the envelope, and classified from the envelope's
 * top-level members. Anything that does not parse that way, and every other status, goes through
 * {@link ResponseClassifier#classify}, which reports the error, and a body it accepts is then read
 * from its tree. Unreadable optional fields are absent and logged; a missing or unreadable required
 * field, or a {@code data} of the wrong shape, is a {@link MalformedResponse} naming the field. No
 * exception escapes for anything the server sends.
 */
final class ResponseReader {

  private static final Logger log = LoggerFactory.getLogger(ResponseReader.class);

  private final ObjectMapper json;
  private final ResponseClassifier classifier;
  private final ResponseMapper mapper = Mappers.getMapper(ResponseMapper.class);

  ResponseReader(ObjectMapper json, ResponseClassifier classifier) {
    this.json = json;
    this.classifier = classifier;
  }

  Either<JemeniError, Transaction> transaction(CallContext context, ApiReply reply) {
    return read(context, reply, TransactionDto.class, RequiredFields::transaction)
        .map(mapper::transaction);
  }

  Either<JemeniError, Subscription> subscription(CallContext context, ApiReply reply) {
    return read(context, reply, SubscriptionDto.class, RequiredFields::subscription)
        .map(mapper::subscription);
  }

  Either<JemeniError, Customer> customer(CallContext context, ApiReply reply) {
    return read(context, reply, CustomerDto.class, RequiredFields::customer).map(mapper::customer);
  }

  Either<JemeniError, List<Plan>> plans(CallContext context, ApiReply reply) {
    JavaType planList = types().constructCollectionType(java.util.List.class, PlanDto.class);
    return read(context, reply, planList, RequiredFields::plans)
        .map(plans -> List.ofAll(plans).map(mapper::plan));
  }

  private <D> Either<JemeniError, D> read(
      CallContext context,
      ApiReply reply,
      Class<D> type,
      BiFunction<D, FieldProblems, Either<String, D>> required) {
    return read(context, reply, types().constructType(type), required);
  }

  private <D> Either<JemeniError, D> read(
      CallContext context,
      ApiReply reply,
      JavaType dataType,
      BiFunction<D, FieldProblems, Either<String, D>> required) {
    FieldProblems problems = new FieldProblems();
    Envelope<D> direct = parseSuccess(reply, dataType, problems);
    if (direct == null) {
      return classifier
          .classify(context, reply)
          .flatMap(accepted -> readTree(context, accepted, dataType, required));
    }
    return classifier
        .classifyObject(context, reply, direct.members())
        .flatMap(ok -> checked(context, reply, Either.right(direct.data()), problems, required));
  }

  /** Returns the envelope of a 2xx JSON object body, or null when the body is anything else. */
  private <D> Envelope<D> parseSuccess(ApiReply reply, JavaType dataType, FieldProblems problems) {
    if (reply.status() < 200 || reply.status() >= 300 || reply.body().length == 0) {
      return null;
    }
    try {
      return reader(dataType, problems).readValue(reply.body());
    } catch (IOException notAnEnvelope) {
      // The classifier and the tree reader report it, with the exact reason.
      return null;
    }
  }

  private <D> Either<JemeniError, D> readTree(
      CallContext context,
      JsonReply accepted,
      JavaType dataType,
      BiFunction<D, FieldProblems, Either<String, D>> required) {
    FieldProblems problems = new FieldProblems();
    Either<String, D> data = parseTree(accepted, dataType, problems);
    return checked(context, accepted.reply(), data, problems, required);
  }

  private <D> Either<String, D> parseTree(
      JsonReply accepted, JavaType dataType, FieldProblems problems) {
    try {
      Envelope<D> parsed = reader(dataType, problems).readValue(accepted.root());
      return Either.right(parsed.data());
    } catch (JsonMappingException e) {
      return Either.left(JsonPaths.of(e) + " has an unexpected shape");
    } catch (IOException e) {
      return Either.left("the body is not valid JSON");
    }
  }

  private <D> Either<JemeniError, D> checked(
      CallContext context,
      ApiReply reply,
      Either<String, D> parsed,
      FieldProblems problems,
      BiFunction<D, FieldProblems, Either<String, D>> required) {
    Either<String, D> data = parsed.flatMap(dto -> required.apply(dto, problems));
    problems.all().forEach((path, reason) -> logIgnored(context, path, reason));
    return data.mapLeft(problem -> new MalformedResponse(reply.status(), problem, reply.excerpt()));
  }

  private ObjectReader reader(JavaType dataType, FieldProblems problems) {
    JavaType envelope = types().constructParametricType(Envelope.class, dataType);
    return json.readerFor(envelope).withAttribute(FieldProblems.ATTRIBUTE, problems);
  }

  private static void logIgnored(CallContext context, String path, String reason) {
    log.warn(
        "{}: field {} is unreadable and was read as absent: {}", context.describe(), path, reason);
  }

  private TypeFactory types() {
    return json.getTypeFactory();
  }
}
