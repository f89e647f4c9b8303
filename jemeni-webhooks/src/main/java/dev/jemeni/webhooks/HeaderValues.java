package dev.jemeni.webhooks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Case-insensitive header lookup over any map a web framework or HTTP server hands over. */
final class HeaderValues {

  private HeaderValues() {}

  /** Returns every value of {@code name} under any spelling of the name, in map order. */
  static List<String> all(Map<String, List<String>> headers, String name) {
    List<String> values = new ArrayList<>();
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      // Some clients put the status line under a null key.
      if (header.getKey() != null && header.getKey().equalsIgnoreCase(name)) {
        addPresent(values, header.getValue());
      }
    }
    return values;
  }

  private static void addPresent(List<String> values, List<String> more) {
    if (more == null) {
      return;
    }
    for (String value : more) {
      if (value != null) {
        values.add(value);
      }
    }
  }
}
