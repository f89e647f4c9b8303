package dev.jemeni.signature;

import java.util.Objects;

/**
 * The public API key, access token and secret key of a Jemeni account.
 *
 * <p>{@link #toString()} shows the public key only; the token and the secret key never appear in a
 * string this type builds. Thread-safe and immutable.
 */
public final class ApiCredentials {

  private final String apiKey;
  private final String token;
  private final String secretKey;

  private ApiCredentials(String apiKey, String token, String secretKey) {
    this.apiKey = apiKey;
    this.token = token;
    this.secretKey = secretKey;
  }

  /**
   * Returns credentials after checking that none is blank.
   *
   * @param apiKey the public key, such as {@code pk_test_37aa01}
   * @param token the access token
   * @param secretKey the secret key
   * @throws IllegalArgumentException naming the blank value, never showing the others
   */
  public static ApiCredentials of(String apiKey, String token, String secretKey) {
    requireNonBlank(apiKey, "API key");
    requireNonBlank(token, "access token");
    requireNonBlank(secretKey, "secret key");
    return new ApiCredentials(apiKey.strip(), token.strip(), secretKey.strip());
  }

  /** Returns the public API key, sent in the {@code auth-apiKey} header. */
  public String apiKey() {
    return apiKey;
  }

  /** Returns the access token, sent in the {@code auth-token} header. Never log it. */
  public String token() {
    return token;
  }

  /** Returns the secret key, which only signs requests and is never sent. Never log it. */
  public String secretKey() {
    return secretKey;
  }

  /** Returns whether the public key is a live key ({@code pk_live_…}). */
  public boolean isLiveKey() {
    return apiKey.startsWith("pk_live_");
  }

  /** Returns whether the public key is a test key ({@code pk_test_…}). */
  public boolean isTestKey() {
    return apiKey.startsWith("pk_test_");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ApiCredentials that
        && apiKey.equals(that.apiKey)
        && token.equals(that.token)
        && secretKey.equals(that.secretKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiKey, token, secretKey);
  }

  @Override
  public String toString() {
    return "ApiCredentials[apiKey=" + apiKey + ", token=****, secretKey=****]";
  }

  private static void requireNonBlank(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is missing: pass the value from your account");
    }
  }
}
