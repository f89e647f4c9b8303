package dev.jemeni.adapter.out.fake;

import dev.jemeni.domain.value.PaymentReference;
import dev.jemeni.domain.value.TransactionId;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issues identifiers shaped like the service's. Thread-safe.
 *
 * <p>Random identifiers are only probably unique; the stores check each one and ask again on a
 * clash.
 */
final class Ids {

  /** Crockford's base 32, as ULIDs use: no I, L, O or U. */
  private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

  private static final char[] UPPER_ALPHANUMERIC =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();

  private final AtomicLong records = new AtomicLong();
  private final AtomicLong payments = new AtomicLong();
  private final AtomicLong subscriptions = new AtomicLong();
  private final AtomicLong customers = new AtomicLong(1000);

  /**
   * Returns a ULID-shaped identifier: 10 characters of milliseconds since the epoch, then 16 random
   * characters (80 bits).
   */
  TransactionId transactionId(Instant at) {
    char[] chars = new char[26];
    long millis = at.toEpochMilli();
    for (int i = 9; i >= 0; i--) {
      chars[i] = CROCKFORD[(int) (millis & 31)];
      millis >>>= 5;
    }
    fillRandom(chars, 10, CROCKFORD);
    return new TransactionId(new String(chars));
  }

  /** Returns a reference such as {@code JP-8F3K2Q7W1A}: {@code JP-} and 10 random characters. */
  PaymentReference paymentReference() {
    char[] chars = new char[10];
    fillRandom(chars, 0, UPPER_ALPHANUMERIC);
    return new PaymentReference("JP-" + new String(chars));
  }

  long nextRecordNumber() {
    return records.incrementAndGet();
  }

  String nextPaymentId() {
    return Long.toString(payments.incrementAndGet());
  }

  String nextSubscriptionId() {
    return Long.toString(subscriptions.incrementAndGet());
  }

  /** Returns customer identifiers from 1001, above the seeded customers' identifiers. */
  String nextCustomerId() {
    return Long.toString(customers.incrementAndGet());
  }

  private static void fillRandom(char[] chars, int from, char[] alphabet) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = from; i < chars.length; i++) {
      chars[i] = alphabet[random.nextInt(alphabet.length)];
    }
  }
}
