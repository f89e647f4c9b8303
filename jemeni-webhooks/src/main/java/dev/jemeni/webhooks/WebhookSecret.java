package dev.jemeni.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * A webhook secret, the key the Jemeni service and the receiver share to sign event bodies.
 *
 * <p>The secret is used exactly as given: a string is encoded as UTF-8 whatever the JVM's default
 * charset, and surrounding blanks are kept, because they are part of the key. {@link #toString()}
 * never shows it. Immutable and thread-safe.
 */
public final class WebhookSecret {

  private final byte[] key;

  private WebhookSecret(byte[] key) {
    this.key = key;
  }

  /**
   * Returns the secret whose key is the UTF-8 encoding of {@code secret}.
   *
   * @throws IllegalArgumentException when the secret is missing or blank; the message never shows
   *     the value
   */
  public static WebhookSecret of(String secret) {
    if (secret == null || secret.isBlank()) {
      throw new IllegalArgumentException(
          "webhook secret is missing or blank: pass the secret configured for your endpoint");
    }
    return new WebhookSecret(secret.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Returns the secret whose key is a copy of {@code key}.
   *
   * @throws IllegalArgumentException when the key is missing or empty
   */
  public static WebhookSecret ofBytes(byte[] key) {
    if (key == null || key.length == 0) {
      throw new IllegalArgumentException(
          "webhook secret is missing or empty: pass the secret configured for your endpoint");
    }
    return new WebhookSecret(key.clone());
  }

  /** Returns a copy of the key bytes, for a signature scheme to compute a MAC. Never log them. */
  public byte[] keyBytes() {
    return key.clone();
  }

  /** Compares the keys in constant time. */
  @Override
  public boolean equals(Object other) {
    return other instanceof WebhookSecret that && MessageDigest.isEqual(key, that.key);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(key);
  }

  @Override
  public String toString() {
    return "WebhookSecret[****]";
  }
}
