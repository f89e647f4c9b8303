package dev.jemeni.adapter.out.beta;

import dev.jemeni.adapter.out.alpha.AlphaClient;

/** Fixture: an adapter that breaks the rule by using another adapter. */
public class BetaClient {

  private final AlphaClient alpha = new AlphaClient();

  /** Returns the other adapter's name. */
  public String name() {
    return alpha.name();
  }
}
