package dev.jemeni.domain.model;

import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import java.util.Locale;
import java.util.Objects;

/**
 * The textual {@code status} of a payment or webhook event, kept raw and classified.
 *
 * <p>The documentation shows {@code paid} on a payment and {@code success} on a webhook; the other
 * words are the usual ones for the same outcomes. A word not listed here, including the empty
 * string, is {@link Outcome#UNKNOWN}.
 *
 * @param raw the status exactly as the API sent it
 */
public record PaymentStatus(String raw) {

  private static final Set<String> SUCCEEDED =
      HashSet.of("paid", "success", "succeeded", "successful", "completed");
  private static final Set<String> FAILED =
      HashSet.of("failed", "failure", "declined", "rejected", "expired", "cancelled", "canceled");
  private static final Set<String> PENDING =
      HashSet.of("pending", "unpaid", "processing", "initiated", "created");

  /** Validates that the raw value is present. */
  public PaymentStatus {
    Objects.requireNonNull(raw, "raw");
  }

  /** Classifies the status word, ignoring case and surrounding blanks. */
  public Outcome outcome() {
    String word = raw.strip().toLowerCase(Locale.ROOT);
    if (SUCCEEDED.contains(word)) {
      return Outcome.SUCCEEDED;
    }
    if (FAILED.contains(word)) {
      return Outcome.FAILED;
    }
    return PENDING.contains(word) ? Outcome.PENDING : Outcome.UNKNOWN;
  }
}
