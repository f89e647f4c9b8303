package dev.jemeni.adapter.out.feign;

import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields of one response that could not be read, by JSON path such as {@code data.amount}.
 *
 * <p>The lenient deserializers store a field here and read it as absent; the required-field checks
 * use it to say why a required field is absent. Confined to the thread reading one response.
 */
final class FieldProblems {

  /** The Jackson attribute under which a reader carries the instance. */
  static final String ATTRIBUTE = FieldProblems.class.getName();

  private final Map<String, String> reasons = new LinkedHashMap<>();

  void add(String path, String reason) {
    reasons.putIfAbsent(path, reason);
  }

  /** Returns why the field at {@code path} could not be read, if it could not. */
  Option<String> at(String path) {
    return Option.of(reasons.get(path));
  }

  /** Returns every problem, in the order found. */
  Map<String, String> all() {
    return Map.copyOf(reasons);
  }
}
