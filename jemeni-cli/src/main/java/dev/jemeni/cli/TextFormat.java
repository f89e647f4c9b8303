package dev.jemeni.cli;

import dev.jemeni.domain.model.Customer;
import dev.jemeni.domain.model.Payment;
import dev.jemeni.domain.model.Plan;
import dev.jemeni.domain.model.Subscription;
import dev.jemeni.domain.model.Transaction;
import io.vavr.collection.List;
import io.vavr.control.Option;

/** Readable one-screen summaries of domain results. */
final class TextFormat {

  private TextFormat() {}

  static String transaction(Transaction transaction) {
    StringBuilder text = new StringBuilder();
    line(text, "transaction", transaction.transactionId().value());
    line(text, "state", transaction.state().raw() + " (" + transaction.outcome() + ")");
    line(text, "amount", shown(transaction.amount()));
    line(text, "customer", transaction.customer().flatMap(Customer::phone).getOrElse("-"));
    line(text, "created", shown(transaction.timestamps().createdAt()));
    line(text, "updated", shown(transaction.timestamps().updatedAt()));
    transaction.payment().forEach(payment -> payment(text, payment));
    return text.toString().stripTrailing();
  }

  static String plans(List<Plan> plans) {
    if (plans.isEmpty()) {
      return "No plans.";
    }
    StringBuilder text =
        new StringBuilder(
            String.format(
                "%-6s %-24s %12s %-9s %s%n", "ID", "NAME", "PRICE", "FREQUENCY", "STATUS"));
    for (Plan plan : plans) {
      text.append(
          String.format(
              "%-6d %-24s %12s %-9s %s%n",
              plan.id().value(),
              plan.name().getOrElse("-"),
              shown(plan.price()),
              plan.frequencyId().map(id -> Long.toString(id.value())).getOrElse("-"),
              plan.archived() ? "archived" : "active"));
    }
    return text.toString().stripTrailing();
  }

  static String subscription(Subscription subscription) {
    StringBuilder text = new StringBuilder();
    line(text, "subscription", subscription.id().value());
    line(text, "status", subscription.status().getOrElse("-"));
    line(text, "plan", shown(subscription.planId().map(id -> id.value())));
    line(text, "customer", shown(subscription.customerId().map(id -> id.value())));
    line(text, "starts", shown(subscription.startAt()));
    line(text, "expires", shown(subscription.expireAt()));
    return text.toString().stripTrailing();
  }

  static String customer(Customer customer) {
    StringBuilder text = new StringBuilder();
    line(text, "customer", shown(customer.id().map(id -> id.value())));
    String name = customer.firstName().getOrElse("") + " " + customer.lastName().getOrElse("");
    line(text, "name", name.isBlank() ? "-" : name.strip());
    line(text, "phone", customer.phone().getOrElse("-"));
    line(text, "updated", shown(customer.timestamps().updatedAt()));
    return text.toString().stripTrailing();
  }

  private static void payment(StringBuilder text, Payment payment) {
    line(text, "payment", payment.status().raw() + " (" + payment.status().outcome() + ")");
    line(text, "reference", shown(payment.reference().map(ref -> ref.value())));
  }

  private static void line(StringBuilder text, String label, String value) {
    text.append(String.format("%-13s %s%n", label + ":", value));
  }

  private static String shown(Option<?> value) {
    return value.map(Object::toString).getOrElse("-");
  }
}
