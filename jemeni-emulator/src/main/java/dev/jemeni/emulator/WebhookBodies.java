package dev.jemeni.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jemeni.adapter.out.fake.FakeEvent;
import dev.jemeni.domain.model.Customer;
import dev.jemeni.domain.model.Subscription;
import dev.jemeni.domain.model.Transaction;
import dev.jemeni.domain.value.Money;
import java.time.format.DateTimeFormatter;

/**
 * Writes webhook bodies in the documented shape: {@code event}, {@code data} and {@code timestamp}.
 * The signature travels in the {@code X-Jemeni-Signature} header, because a body cannot carry a
 * signature computed over itself.
 */
final class WebhookBodies {

  private final ObjectMapper mapper;

  WebhookBodies(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  ObjectNode of(FakeEvent event) {
    ObjectNode body = mapper.createObjectNode();
    body.put("event", event.name());
    if (event instanceof FakeEvent.PaymentSucceeded succeeded) {
      body.set("data", payment(succeeded.transaction()));
    } else if (event instanceof FakeEvent.PaymentFailed failed) {
      body.set("data", payment(failed.transaction()));
    } else if (event instanceof FakeEvent.SubscriptionCreated created) {
      body.set("data", subscription(created.subscription(), created.customer()));
    } else if (event instanceof FakeEvent.SubscriptionDisabled disabled) {
      body.set("data", subscription(disabled.subscription(), disabled.customer()));
    }
    body.put("timestamp", DateTimeFormatter.ISO_INSTANT.format(event.occurredAt()));
    return body;
  }

  private ObjectNode payment(Transaction transaction) {
    ObjectNode data = mapper.createObjectNode();
    data.put("transaction_id", transaction.transactionId().value());
    transaction.amount().forEach(amount -> putAmount(data, amount));
    String status = transaction.payment().map(payment -> payment.status().raw()).getOrElse("");
    data.put("status", status);
    data.put("customer_id", customerId(transaction.customer().getOrNull()));
    return data;
  }

  private ObjectNode subscription(Subscription subscription, Customer customer) {
    ObjectNode data = mapper.createObjectNode();
    data.put("subscription_id", subscription.id().value());
    data.put("plan_id", subscription.planId().map(id -> id.value()).getOrElse(0L));
    data.put("status", subscription.status().getOrElse(""));
    data.put("customer_id", customerId(customer));
    return data;
  }

  private static void putAmount(ObjectNode data, Money amount) {
    data.put("amount", amount.amount());
    data.put("currency", amount.currency().getCurrencyCode());
  }

  private static String customerId(Customer customer) {
    return customer == null ? "" : customer.id().map(id -> id.value()).getOrElse("");
  }
}
