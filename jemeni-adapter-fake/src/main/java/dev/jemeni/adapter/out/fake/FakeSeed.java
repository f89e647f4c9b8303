package dev.jemeni.adapter.out.fake;

import dev.jemeni.domain.model.Carrier;
import dev.jemeni.domain.model.ClientAccount;
import dev.jemeni.domain.model.ClientMerchant;
import dev.jemeni.domain.model.Customer;
import dev.jemeni.domain.model.Frequency;
import dev.jemeni.domain.model.Plan;
import dev.jemeni.domain.model.Timestamps;
import dev.jemeni.domain.value.CountryId;
import dev.jemeni.domain.value.CustomerId;
import dev.jemeni.domain.value.FrequencyId;
import dev.jemeni.domain.value.Money;
import dev.jemeni.domain.value.PlanId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.Period;

/**
 * The merchant, customers, plans and frequencies a {@link FakeJemeniGateway} starts with.
 *
 * <p>The merchant is the shop "Boutique Sahel" (client 42) in Bamako, country 1, with an Orange
 * Money account. The values are plausible, not copied from the live service.
 */
public final class FakeSeed {

  /** The merchant's client identifier, sent as {@code client_id} on plans and subscriptions. */
  public static final long CLIENT_ID = 42L;

  /** The phone number of the seeded customer Awa Traoré, the API's sandbox test number. */
  public static final String AWA_PHONE = "98745632";

  /** The phone number of the seeded customer Moussa Keïta, used in the API's examples. */
  public static final String MOUSSA_PHONE = "0122030465";

  private static final CountryId MALI = new CountryId(1);

  private FakeSeed() {}

  /**
   * Returns the frequencies: 1 monthly (P1M), 2 quarterly (P3M), 3 half-yearly (P6M) and 4 yearly
   * (P1Y).
   */
  public static List<Frequency> frequencies() {
    return List.of(
        new Frequency(new FrequencyId(1), "monthly", Period.ofMonths(1)),
        new Frequency(new FrequencyId(2), "quarterly", Period.ofMonths(3)),
        new Frequency(new FrequencyId(3), "half-yearly", Period.ofMonths(6)),
        new Frequency(new FrequencyId(4), "yearly", Period.ofYears(1)));
  }

  /**
   * Returns the plans: 1 "Essentiel mensuel" at 2500 XOF monthly, 2 "Premium annuel" at 25000 XOF
   * yearly, and 3 "Ancienne offre" at 1500 XOF monthly, which is archived.
   */
  public static List<Plan> plans() {
    return List.of(
        plan(
            1, "Essentiel mensuel", 2500, 1, false, "2024-09-14T18:41:00Z", "2024-09-14T18:41:00Z"),
        plan(2, "Premium annuel", 25000, 4, false, "2024-09-14T18:42:00Z", "2024-10-01T08:30:00Z"),
        plan(3, "Ancienne offre", 1500, 1, true, "2024-01-05T11:00:00Z", "2024-09-14T18:40:00Z"));
  }

  /** Returns the customers: Awa Traoré (311) and Moussa Keïta (312), both in country 1. */
  public static List<Customer> customers() {
    return List.of(
        customer("311", "Awa", "Traoré", "awa.traore@example.ml", AWA_PHONE),
        customer("312", "Moussa", "Keïta", "moussa.keita@example.ml", MOUSSA_PHONE));
  }

  /** Returns the merchant's account, sent as {@code client} with every transaction. */
  public static ClientAccount client() {
    return new ClientAccount(
        Option.some(CLIENT_ID),
        Option.some("Boutique Sahel"),
        Option.some(2L),
        Option.some(1),
        Option.some(Instant.parse("2024-06-01T09:00:00Z")),
        Option.some("Bamako"),
        timestamps("2024-05-30T12:00:00Z", "2024-06-01T09:00:00Z"));
  }

  /** Returns the merchant's carrier accounts: an active Orange Money one, an archived Moov one. */
  public static List<ClientMerchant> clientMerchants() {
    Carrier orange = carrier(3, "orange_money", "Orange Money");
    Carrier moov = carrier(4, "moov_money", "Moov Money");
    Instant moovClosed = Instant.parse("2024-08-30T08:00:00Z");
    return List.of(
        new ClientMerchant(
            Option.some(7L),
            Option.some(CLIENT_ID),
            Option.some("OM-ML-0042"),
            Option.some("3"),
            true,
            false,
            timestamps("2024-06-02T10:15:00Z", "2024-06-02T10:15:00Z"),
            Option.some(orange)),
        new ClientMerchant(
            Option.some(8L),
            Option.some(CLIENT_ID),
            Option.some("MOOV-ML-0042"),
            Option.some("4"),
            false,
            true,
            new Timestamps(
                Option.some(Instant.parse("2024-06-02T10:16:00Z")),
                Option.some(moovClosed),
                Option.some(moovClosed)),
            Option.some(moov)));
  }

  private static Plan plan(
      long id,
      String name,
      long price,
      long frequency,
      boolean archived,
      String created,
      String updated) {
    Timestamps timestamps =
        new Timestamps(
            Option.some(Instant.parse(created)),
            Option.some(Instant.parse(updated)),
            archived ? Option.some(Instant.parse(updated)) : Option.none());
    return new Plan(
        new PlanId(id),
        Option.some(CLIENT_ID),
        Option.some(name),
        Option.some(Money.xof(price)),
        Option.some(new FrequencyId(frequency)),
        archived,
        timestamps);
  }

  private static Customer customer(
      String id, String firstName, String lastName, String email, String phone) {
    return new Customer(
        Option.some(new CustomerId(id)),
        Option.some(firstName),
        Option.some(lastName),
        Option.some(email),
        Option.some(phone),
        Option.some(MALI),
        timestamps("2024-09-24T22:06:25Z", "2024-09-24T22:06:25Z"));
  }

  private static Carrier carrier(long id, String name, String displayName) {
    return new Carrier(
        Option.some(id),
        Option.some(name),
        Option.some(MALI),
        Option.some(displayName),
        true,
        false);
  }

  private static Timestamps timestamps(String created, String updated) {
    return new Timestamps(
        Option.some(Instant.parse(created)), Option.some(Instant.parse(updated)), Option.none());
  }
}
