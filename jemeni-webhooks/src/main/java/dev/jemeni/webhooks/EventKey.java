package dev.jemeni.webhooks;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * The identity of an event for delivery once: two deliveries with the same key are the same event.
 *
 * <p>The documented body has no event id, so the key is derived:
 *
 * <ul>
 *   <li>For a {@link PaymentEvent}, from the event name, transaction id and raw status. These three
 *       identify the fact being reported, and they stay the same when the service resends the event
 *       with a new {@code timestamp}, other whitespace or another body {@code signature}, which the
 *       documentation does not rule out. The timestamp is left out for that reason.
 *   <li>For an {@link UnknownEvent}, from the raw body bytes, because the library cannot know which
 *       fields identify an event it has no type for. A retry with identical bytes is then a
 *       duplicate, but a retry whose bytes differ runs the handler again.
 * </ul>
 *
 * <p>The value is {@code fields:} or {@code body:} followed by 64 lowercase hex digits of SHA-256,
 * so it fits a fixed-width database column and contains no customer data.
 *
 * @param value the key, such as {@code fields:3f5a…}
 */
public record EventKey(String value) {

  /** Rejects a null or blank value. */
  public EventKey {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("event key is blank: derive it with EventKey.of");
    }
  }

  /** Returns the key of a verified event whose raw body was {@code body}. */
  public static EventKey of(WebhookEvent event, byte[] body) {
    if (event instanceof PaymentEvent payment) {
      return ofFields(payment.type(), payment.transactionId().value(), payment.status().raw());
    }
    return new EventKey("body:" + Hex.encode(sha256().digest(body)));
  }

  private static EventKey ofFields(String... fields) {
    MessageDigest digest = sha256();
    for (String field : fields) {
      // A length prefix keeps ("ab", "c") and ("a", "bc") apart without a reserved separator.
      byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
      digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
      digest.update(bytes);
    }
    return new EventKey("fields:" + Hex.encode(digest.digest()));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java SE runtime must provide SHA-256, so this is a broken JVM, not bad input.
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
