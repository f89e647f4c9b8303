package dev.jemeni.adapter.out.alpha;

/** Fixture: an adapter that others should not depend on. */
public class AlphaClient {

  /** Returns a fixed name. */
  public String name() {
    return "alpha";
  }
}
