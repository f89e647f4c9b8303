package dev.jemeni.testkit.builder;

import dev.jemeni.adapter.out.fake.FakeSeed;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The default values of the builders, chosen to match {@link FakeSeed}: a command built with
 * defaults only is accepted by a freshly seeded fake.
 */
public final class JemeniDefaults {

  /** Phone number of the seeded customer Awa Traoré, the API's sandbox test number. */
  public static final String CUSTOMER_PHONE = FakeSeed.AWA_PHONE;

  /** Identifier of the seeded customer Awa Traoré. */
  public static final String CUSTOMER_ID = "311";

  /** Country of the seeded customers. */
  public static final int COUNTRY_ID = 1;

  /** A phone number of valid form that no seeded customer has. */
  public static final String UNKNOWN_PHONE = "70000001";

  /** Default payment amount, in XOF. */
  public static final long AMOUNT_XOF = 5000;

  /** The seeded plan "Essentiel mensuel", 2500 XOF monthly. */
  public static final long PLAN_ID = 1;

  /** The seeded monthly frequency. */
  public static final long FREQUENCY_ID = 1;

  /** Default first day of a subscription. */
  public static final LocalDate START_DATE = LocalDate.of(2024, 11, 1);

  /** Default creation time of built entities, and the start of the extension's clock. */
  public static final Instant NOW = Instant.parse("2024-11-18T19:57:14Z");

  /** Default transaction identifier, shaped like the fake's ULID identifiers. */
  public static final String TRANSACTION_ID = "01JD0Z4K7M9Q2R5T8V1W3X6Y0Z";

  /** Default payment reference. */
  public static final String PAYMENT_REFERENCE = "JP-8F3K2Q7W1A";

  private JemeniDefaults() {}
}
