package dev.jemeni.adapter.out.feign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jemeni.domain.command.CreateSubscription;
import dev.jemeni.domain.command.DisableSubscription;
import dev.jemeni.domain.command.SendPayment;
import org.mapstruct.factory.Mappers;

/**
 * Serializes each command once, to the UTF-8 JSON bytes that are signed and sent.
 *
 * <p>Jackson writes UTF-8 bytes directly, so the JVM's default charset never matters.
 */
final class RequestBodies {

  private final ObjectMapper json = JsonMappers.requests();
  private final RequestMapper mapper = Mappers.getMapper(RequestMapper.class);

  byte[] sendPayment(SendPayment command) {
    return write(mapper.sendPayment(command));
  }

  byte[] createSubscription(CreateSubscription command) {
    return write(mapper.createSubscription(command));
  }

  byte[] disableSubscription(DisableSubscription command) {
    return write(mapper.disableSubscription(command));
  }

  private byte[] write(Object body) {
    try {
      return json.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      // The bodies are records of strings and numbers; failing to write one is a bug.
      throw new IllegalStateException("cannot serialize " + body.getClass().getSimpleName(), e);
    }
  }
}
