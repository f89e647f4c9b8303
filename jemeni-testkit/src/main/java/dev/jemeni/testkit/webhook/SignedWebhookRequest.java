package dev.jemeni.testkit.webhook;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A webhook request as the Jemeni service sends it: the exact body bytes and the headers.
 *
 * <p>Post {@link #body()} unchanged, because the signature covers those bytes. The {@code with…}
 * methods return altered copies for testing rejections. Immutable; {@link #toString()} shows header
 * names and the body length, never the signature.
 */
public final class SignedWebhookRequest {

  private final byte[] body;
  private final Map<String, List<String>> headers;

  /**
   * Creates a request from a body and headers, copying both.
   *
   * @param body the body bytes to send
   * @param headers the headers to send, such as the signature header and {@code Content-Type}
   */
  public SignedWebhookRequest(byte[] body, Map<String, List<String>> headers) {
    this.body = Objects.requireNonNull(body, "body").clone();
    this.headers = copy(Objects.requireNonNull(headers, "headers"));
  }

  /** Returns a copy of the body bytes. */
  public byte[] body() {
    return body.clone();
  }

  /** Returns the body decoded as UTF-8. */
  public String bodyAsString() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** Returns the headers, unmodifiable, in insertion order. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** Returns a copy with another body and the same headers, so the signature no longer fits. */
  public SignedWebhookRequest withBody(byte[] otherBody) {
    return new SignedWebhookRequest(otherBody, headers);
  }

  /** Returns a copy whose header {@code name} holds only {@code value}; other headers stay. */
  public SignedWebhookRequest withHeader(String name, String value) {
    Map<String, List<String>> changed = withoutName(name);
    changed.put(name, List.of(value));
    return new SignedWebhookRequest(body, changed);
  }

  /** Returns a copy without the header {@code name}, compared ignoring case. */
  public SignedWebhookRequest withoutHeader(String name) {
    return new SignedWebhookRequest(body, withoutName(name));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SignedWebhookRequest that
        && Arrays.equals(body, that.body)
        && headers.equals(that.headers);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(body) + headers.hashCode();
  }

  @Override
  public String toString() {
    return "SignedWebhookRequest[body=" + body.length + " bytes, headers=" + headers.keySet() + "]";
  }

  private Map<String, List<String>> withoutName(String name) {
    Map<String, List<String>> changed = new LinkedHashMap<>(headers);
    changed.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
    return changed;
  }

  private static Map<String, List<String>> copy(Map<String, List<String>> headers) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    return Collections.unmodifiableMap(copy);
  }
}
