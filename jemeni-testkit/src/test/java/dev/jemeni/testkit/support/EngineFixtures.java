package dev.jemeni.testkit.support;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Runs {@link EngineFixture} classes on the Jupiter engine and returns what happened. */
public final class EngineFixtures {

  /** Configuration parameter that enables {@link EngineFixture} classes. */
  static final String ENABLED = "jemeni.testkit.engine-fixture";

  private EngineFixtures() {}

  /** Runs every test of {@code fixture} and returns the engine's events. */
  public static EngineExecutionResults run(Class<?> fixture) {
    return EngineTestKit.engine("junit-jupiter")
        .configurationParameter(ENABLED, "true")
        .selectors(selectClass(fixture))
        .execute();
  }
}
