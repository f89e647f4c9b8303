package dev.jemeni.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StateClassificationTest {

  @ParameterizedTest
  @CsvSource({
    "0, PENDING",
    "1, PENDING",
    "2, SUCCEEDED",
    "3, FAILED",
    "' 2 ', SUCCEEDED",
    "4, UNKNOWN",
    "-1, UNKNOWN",
    "'', UNKNOWN",
    "success, UNKNOWN",
    "02, UNKNOWN"
  })
  void classifiesTransactionStateCodes(String raw, Outcome expected) {
    TransactionState state = new TransactionState(raw);

    assertThat(state.outcome()).isEqualTo(expected);
    assertThat(state.raw()).isEqualTo(raw.strip());
  }

  @ParameterizedTest
  @CsvSource({
    "paid, SUCCEEDED",
    "Success, SUCCEEDED",
    "completed, SUCCEEDED",
    "failed, FAILED",
    "DECLINED, FAILED",
    "expired, FAILED",
    "cancelled, FAILED",
    "pending, PENDING",
    "' unpaid ', PENDING",
    "'', UNKNOWN",
    "refunded, UNKNOWN",
    "paid_out, UNKNOWN"
  })
  void classifiesPaymentStatusWords(String raw, Outcome expected) {
    PaymentStatus status = new PaymentStatus(raw);

    assertThat(status.outcome()).isEqualTo(expected);
    assertThat(status.raw()).isEqualTo(raw);
  }

  @ParameterizedTest
  @CsvSource({"PENDING, false", "SUCCEEDED, true", "FAILED, true", "UNKNOWN, false"})
  void onlySucceededAndFailedAreTerminal(Outcome outcome, boolean terminal) {
    assertThat(outcome.isTerminal()).isEqualTo(terminal);
  }
}
