package dev.jemeni.adapter.out.feign;

import dev.jemeni.domain.error.Excerpt;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;

/**
 * One HTTP response, its body fully read.
 *
 * @param status the HTTP status
 * @param headers the response headers, names compared without case
 * @param body the body bytes; empty when there was none
 */
record ApiReply(int status, Map<String, Collection<String>> headers, byte[] body) {

  /** Returns the body decoded as UTF-8, the encoding of JSON. */
  String text() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** Returns the start of the body for error messages. */
  String excerpt() {
    return Excerpt.of(text());
  }

  /** Returns the first value of a header, or null. */
  String header(String name) {
    for (Map.Entry<String, Collection<String>> entry : headers.entrySet()) {
      if (entry.getKey() != null && entry.getKey().equalsIgnoreCase(name)) {
        return entry.getValue().stream().findFirst().orElse(null);
      }
    }
    return null;
  }
}
