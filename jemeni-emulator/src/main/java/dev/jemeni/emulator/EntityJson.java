package dev.jemeni.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jemeni.domain.model.Carrier;
import dev.jemeni.domain.model.ClientAccount;
import dev.jemeni.domain.model.ClientMerchant;
import dev.jemeni.domain.model.Customer;
import dev.jemeni.domain.model.Payment;
import dev.jemeni.domain.model.Plan;
import dev.jemeni.domain.model.Subscription;
import dev.jemeni.domain.model.Timestamps;
import dev.jemeni.domain.model.Transaction;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Writes domain entities with the field names and value formats of the API documentation. */
final class EntityJson {

  /** Timestamps such as {@code 2024-11-18T19:57:14.000000Z}: UTC with microseconds. */
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  /** Dates such as {@code 2024-10-27 00:00:00}: no zone, written in UTC. */
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  private final ObjectMapper mapper;

  EntityJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  ObjectNode transaction(Transaction transaction) {
    ObjectNode node = mapper.createObjectNode();
    putNumberOrString(node, "id", transaction.id());
    node.put("amount", transaction.amount().map(money -> money.toPlainString()).getOrElse(""));
    putState(node, transaction.state().raw());
    node.put("transaction_id", transaction.transactionId().value());
    putTimes(node, transaction.timestamps(), false);
    node.set("customer", transaction.customer().map(this::customer).getOrNull());
    ArrayNode merchants = node.putArray("client_merchants");
    transaction.clientMerchants().forEach(merchant -> merchants.add(merchant(merchant)));
    node.set("client", transaction.client().map(this::client).getOrNull());
    transaction.payment().forEach(payment -> node.set("payment", payment(payment)));
    return node;
  }

  ObjectNode customer(Customer customer) {
    ObjectNode node = mapper.createObjectNode();
    putNumberOrString(node, "id", customer.id().map(id -> id.value()));
    node.put("first_name", customer.firstName().getOrElse(""));
    node.put("last_name", customer.lastName().getOrElse(""));
    node.put("email", customer.email().getOrElse(""));
    node.put("phone", customer.phone().getOrElse(""));
    node.putNull("remember_token");
    putTimes(node, customer.timestamps(), true);
    putNumberOrString(node, "country_id", customer.countryId().map(id -> id.value()));
    return node;
  }

  ObjectNode subscription(Subscription subscription) {
    ObjectNode node = mapper.createObjectNode();
    node.put("id", subscription.id().value());
    node.put("client_id", subscription.clientId().map(String::valueOf).getOrElse(""));
    node.put("plan_id", subscription.planId().map(id -> String.valueOf(id.value())).getOrElse(""));
    putNumberOrString(node, "customer_id", subscription.customerId().map(id -> id.value()));
    node.put("status", subscription.status().getOrElse(""));
    node.put("start_at", dateTime(subscription.startAt()));
    node.put("expire_at", dateTime(subscription.expireAt()));
    node.put("archived", subscription.archived());
    putTimes(node, subscription.timestamps(), true);
    node.put("renewal_date", subscription.renewalDate().map(DATE_TIME::format).getOrNull());
    node.put("renewed", subscription.renewed());
    return node;
  }

  ObjectNode plan(Plan plan) {
    ObjectNode node = mapper.createObjectNode();
    node.put("id", plan.id().value());
    putNumberOrString(node, "client_id", plan.clientId());
    node.put("name", plan.name().getOrElse(""));
    node.put("price", plan.price().map(money -> money.toPlainString()).getOrElse(""));
    putNumberOrString(node, "frequency_id", plan.frequencyId().map(id -> id.value()));
    node.put("archived", plan.archived());
    putTimes(node, plan.timestamps(), true);
    return node;
  }

  private ObjectNode payment(Payment payment) {
    ObjectNode node = mapper.createObjectNode();
    node.put("id", payment.id().getOrElse(""));
    node.put("subscription_id", payment.subscriptionId().getOrElse(""));
    node.put("amount", payment.amount().map(money -> money.toPlainString()).getOrElse(""));
    node.put("due_at", dateTime(payment.dueAt()));
    node.put("nature", payment.nature().getOrNull());
    node.put("archived", payment.archived());
    putTimes(node, payment.timestamps(), true);
    node.put("status", payment.status().raw());
    node.put("payment_reference", payment.reference().map(ref -> ref.value()).getOrElse(""));
    return node;
  }

  private ObjectNode merchant(ClientMerchant merchant) {
    ObjectNode node = mapper.createObjectNode();
    putNumberOrString(node, "id", merchant.id());
    putNumberOrString(node, "client_id", merchant.clientId());
    node.put("code", merchant.code().getOrElse(""));
    node.put("carrier_id", merchant.carrierId().getOrElse(""));
    node.put("active", merchant.active());
    node.put("archived", merchant.archived());
    putTimes(node, merchant.timestamps(), true);
    node.set("carrier", merchant.carrier().map(this::carrier).getOrNull());
    return node;
  }

  private ObjectNode carrier(Carrier carrier) {
    ObjectNode node = mapper.createObjectNode();
    putNumberOrString(node, "id", carrier.id());
    node.put("carrier_name", carrier.carrierName().getOrElse(""));
    putNumberOrString(node, "country_id", carrier.countryId().map(id -> id.value()));
    node.put("display_name", carrier.displayName().getOrElse(""));
    node.put("active", carrier.active());
    node.put("archived", carrier.archived());
    return node;
  }

  private ObjectNode client(ClientAccount client) {
    ObjectNode node = mapper.createObjectNode();
    putNumberOrString(node, "id", client.id());
    node.put("name", client.name().getOrElse(""));
    putNumberOrString(node, "client_type_id", client.clientTypeId());
    putNumberOrString(node, "status", client.status());
    node.put("verified_at", client.verifiedAt().map(DATE_TIME::format).getOrNull());
    node.put("location", client.location().getOrElse(""));
    putTimes(node, client.timestamps(), false);
    return node;
  }

  /** Writes the state as a JSON number when it is one, as the documentation shows. */
  private static void putState(ObjectNode node, String raw) {
    if (raw.matches("-?[0-9]{1,9}")) {
      node.put("state", Integer.parseInt(raw));
    } else {
      node.put("state", raw);
    }
  }

  /** Writes a number as a JSON number and anything else as a string; absent becomes null. */
  private static void putNumberOrString(ObjectNode node, String field, Option<?> value) {
    if (value.isEmpty()) {
      node.putNull(field);
      return;
    }
    Object present = value.get();
    String text = present.toString();
    if (present instanceof Number || text.matches("[0-9]{1,18}")) {
      node.put(field, Long.parseLong(text));
    } else {
      node.put(field, text);
    }
  }

  private static void putTimes(ObjectNode node, Timestamps times, boolean withDeletedAt) {
    node.put("created_at", times.createdAt().map(TIMESTAMP::format).getOrElse(""));
    node.put("updated_at", times.updatedAt().map(TIMESTAMP::format).getOrElse(""));
    if (withDeletedAt) {
      node.put("deleted_at", times.deletedAt().map(TIMESTAMP::format).getOrNull());
    }
  }

  private static String dateTime(Option<Instant> instant) {
    return instant.map(DATE_TIME::format).getOrElse("");
  }
}
