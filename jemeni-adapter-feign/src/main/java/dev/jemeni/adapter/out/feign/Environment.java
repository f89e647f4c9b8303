package dev.jemeni.adapter.out.feign;

import java.util.Locale;

/** The Jemeni environment a client talks to; it selects the path segment under the base URL. */
public enum Environment {
  /** Test payments under {@code /sandbox/}; requests carry the header {@code sandbox: true}. */
  SANDBOX,
  /** Real payments under {@code /live/}; requests never carry a {@code sandbox} header. */
  LIVE;

  /** Returns the path segment under the base URL, {@code sandbox} or {@code live}. */
  public String pathSegment() {
    return name().toLowerCase(Locale.ROOT);
  }
}
