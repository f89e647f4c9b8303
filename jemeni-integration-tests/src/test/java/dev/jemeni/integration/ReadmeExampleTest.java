package dev.jemeni.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jemeni.adapter.out.feign.Environment;
import dev.jemeni.adapter.out.feign.JemeniFeignClient;
import dev.jemeni.domain.command.SendPayment;
import dev.jemeni.domain.error.JemeniError;
import dev.jemeni.domain.error.ValidationFailed;
import dev.jemeni.domain.error.Violation;
import dev.jemeni.domain.model.Outcome;
import dev.jemeni.domain.model.Transaction;
import dev.jemeni.emulator.JemeniEmulator;
import dev.jemeni.port.out.JemeniGateway;
import dev.jemeni.signature.ApiCredentials;
import dev.jemeni.testkit.emulator.JemeniEmulatorExtension;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The README's payment example, run against the emulator so the documentation compiles. */
@ExtendWith(JemeniEmulatorExtension.class)
class ReadmeExampleTest {

  @Test
  void readmePaymentExampleSendsPayment(JemeniEmulator emulator) {
    ApiCredentials account = emulator.account();
    String apiKey = account.apiKey();
    String accessToken = account.token();
    String secretKey = account.secretKey();

    JemeniGateway jemeni =
        JemeniFeignClient.builder()
            .baseUrl(emulator.baseUrl())
            .environment(Environment.SANDBOX)
            .credentials(ApiCredentials.of(apiKey, accessToken, secretKey))
            .build();

    Validation<Seq<Violation>, SendPayment> command =
        SendPayment.builder().customerPhone("98745632").amount("5000").countryId(1).validate();

    Either<JemeniError, Transaction> sent =
        command.toEither().<JemeniError>mapLeft(ValidationFailed::new).flatMap(jemeni::sendPayment);

    assertThat(sent.isRight()).isTrue();
    assertThat(sent.get().outcome()).isEqualTo(Outcome.PENDING);
  }

  @Test
  void readmePaymentExampleReportsInvalidInput(JemeniEmulator emulator) {
    JemeniGateway jemeni =
        JemeniFeignClient.builder()
            .baseUrl(emulator.baseUrl())
            .credentials(emulator.account())
            .build();

    Either<JemeniError, Transaction> sent =
        SendPayment.builder()
            .customerPhone("7O000001")
            .amount("5000")
            .countryId(1)
            .validate()
            .toEither()
            .<JemeniError>mapLeft(ValidationFailed::new)
            .flatMap(jemeni::sendPayment);

    assertThat(sent.getLeft()).isInstanceOf(ValidationFailed.class);
    assertThat(emulator.requestCount()).isZero();
  }
}
