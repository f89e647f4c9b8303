package dev.jemeni.cli;

import dev.jemeni.cli.DemoSteps.StepFailed;
import dev.jemeni.domain.command.CreateSubscription;
import dev.jemeni.domain.command.DisableSubscription;
import dev.jemeni.domain.command.SendPayment;
import dev.jemeni.domain.command.TransactionStateQuery;
import dev.jemeni.domain.error.ApiCodeError;
import dev.jemeni.domain.error.JemeniError;
import dev.jemeni.domain.error.Violation;
import dev.jemeni.domain.model.Outcome;
import dev.jemeni.domain.model.Plan;
import dev.jemeni.domain.model.Transaction;
import dev.jemeni.domain.value.TransactionId;
import dev.jemeni.emulator.JemeniEmulator;
import dev.jemeni.port.out.JemeniGateway;
import dev.jemeni.webhooks.PaymentEvent;
import dev.jemeni.webhooks.WebhookEvent;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/** The demo's steps, each a real call through the Feign adapter to the emulator. */
final class DemoFlow {

  static final int STEPS = 8;

  private static final String PHONE = "98745632";
  private static final Duration PAYMENT_WAIT = Duration.ofSeconds(30);
  private static final Duration POLL = Duration.ofMillis(500);

  private final JemeniGateway client;
  private final JemeniEmulator emulator;
  private final BlockingQueue<WebhookEvent> events;
  private TransactionId transactionId;

  DemoFlow(JemeniGateway client, JemeniEmulator emulator, BlockingQueue<WebhookEvent> events) {
    this.client = client;
    this.emulator = emulator;
    this.events = events;
  }

  void run(DemoSteps steps) {
    steps.run("List plans", "GET /sandbox/subscriptions/plans", this::listPlans);
    steps.run(
        "Send a payment notification",
        "POST /sandbox/send/payment customer_phone=" + PHONE + " amount=5000 country_id=1",
        this::sendPayment);
    steps.run(
        "Follow the transaction until the customer approves",
        "GET /sandbox/payment/verify/state?transaction_id=… every " + POLL.toMillis() + " ms",
        this::followState);
    steps.run(
        "Receive and verify the payment webhook",
        "(the emulator POSTs it, signed with HMAC-SHA512)",
        this::receiveWebhook);
    steps.run(
        "Create a subscription",
        "POST /sandbox/subscriptions/create phone=" + PHONE + " plan_id=1 frequency_id=1",
        this::createSubscription);
    steps.run(
        "Disable the subscription",
        "POST /sandbox/subscriptions/disable phone=" + PHONE,
        this::disableSubscription);
    steps.run(
        "Send a payment the service refuses",
        "POST /sandbox/send/payment customer_phone=70000000 (no JemeniPay account)",
        this::refusedPayment);
    steps.run(
        "Absorb a 503 with a retry",
        "GET /sandbox/subscriptions/plans, the emulator answering 503 once",
        this::absorb503);
  }

  private String listPlans() {
    List<Plan> plans = expectSuccess(client.listPlans());
    if (plans.isEmpty()) {
      throw new StepFailed("expected seeded plans, got none");
    }
    return plans.size() + " plans: " + plans.map(DemoFlow::describe).mkString(", ");
  }

  private String sendPayment() {
    SendPayment command =
        SendPayment.builder()
            .customerPhone(PHONE)
            .amount("5000")
            .countryId(1)
            .language("fr")
            .validate()
            .toEither()
            .getOrElseThrow(DemoFlow::invalidInput);
    Transaction transaction = expectSuccess(client.sendPayment(command));
    transactionId = transaction.transactionId();
    expectOutcome(transaction, Outcome.PENDING);
    return "transaction " + transactionId + ", " + describe(transaction);
  }

  private String followState() {
    requireTransaction();
    TransactionStateQuery query = new TransactionStateQuery(transactionId);
    long deadline = System.nanoTime() + PAYMENT_WAIT.toNanos();
    int reads = 0;
    while (System.nanoTime() < deadline) {
      Transaction transaction = expectSuccess(client.transactionState(query));
      reads++;
      if (transaction.outcome() == Outcome.SUCCEEDED) {
        return describe(transaction)
            + " after "
            + reads
            + " reads, payment "
            + transaction
                .payment()
                .map(p -> p.status().raw() + " " + p.reference().getOrNull())
                .getOrElse("-");
      }
      if (transaction.outcome() != Outcome.PENDING) {
        throw new StepFailed("expected the payment to succeed, got " + describe(transaction));
      }
      sleep(POLL);
    }
    throw new StepFailed("the payment was still pending after " + PAYMENT_WAIT.toSeconds() + " s");
  }

  private String receiveWebhook() {
    requireTransaction();
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      WebhookEvent event = poll(deadline);
      if (event instanceof PaymentEvent payment && payment.transactionId().equals(transactionId)) {
        if (payment.status().outcome() != Outcome.SUCCEEDED) {
          throw new StepFailed("expected a successful payment event, got " + payment.type());
        }
        return WebhooksCommand.describe(event) + ", signature verified";
      }
    }
    throw new StepFailed("no verified webhook for transaction " + transactionId + " within 10 s");
  }

  private String createSubscription() {
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    CreateSubscription command =
        CreateSubscription.of(PHONE, "1", "1", today)
            .toEither()
            .getOrElseThrow(DemoFlow::invalidInput);
    return TextFormat.subscription(expectSuccess(client.createSubscription(command)));
  }

  private String disableSubscription() {
    DisableSubscription command = DisableSubscription.of(PHONE).get();
    return TextFormat.customer(expectSuccess(client.disableSubscription(command)));
  }

  private String refusedPayment() {
    SendPayment command =
        SendPayment.builder()
            .customerPhone("70000000")
            .amount("5000")
            .countryId(1)
            .validate()
            .get();
    Either<JemeniError, Transaction> result = client.sendPayment(command);
    if (result.isRight() || !(result.getLeft() instanceof ApiCodeError.InvalidInputData invalid)) {
      throw new StepFailed("expected code 4001, got " + result);
    }
    return invalid.message();
  }

  private String absorb503() {
    emulator.faults().plan("503@/subscriptions/plans");
    long before = emulator.requestCount();
    List<Plan> plans = expectSuccess(client.listPlans());
    long requests = emulator.requestCount() - before;
    if (requests != 2) {
      throw new StepFailed("expected 2 requests (503, then 200), the emulator saw " + requests);
    }
    return "503, retried, then " + plans.size() + " plans: " + requests + " requests in all";
  }

  private static StepFailed invalidInput(Seq<Violation> violations) {
    return new StepFailed("invalid input: " + violations.mkString("; "));
  }

  private void requireTransaction() {
    if (transactionId == null) {
      throw new StepFailed("no transaction: the payment step failed");
    }
  }

  private WebhookEvent poll(long deadline) {
    try {
      return events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StepFailed("interrupted while waiting for the webhook");
    }
  }

  private static <T> T expectSuccess(Either<JemeniError, T> result) {
    return result.getOrElseThrow(error -> new StepFailed(error.message()));
  }

  private static void expectOutcome(Transaction transaction, Outcome expected) {
    if (transaction.outcome() != expected) {
      throw new StepFailed("expected " + expected + ", got " + describe(transaction));
    }
  }

  private static String describe(Transaction transaction) {
    return "state " + transaction.state().raw() + " (" + transaction.outcome() + ")";
  }

  private static String describe(Plan plan) {
    return plan.id()
        + " "
        + plan.name().getOrElse("-")
        + " "
        + plan.price().map(Object::toString).getOrElse("-");
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StepFailed("interrupted while waiting");
    }
  }
}
