package dev.jemeni.testkit.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Enables an {@link EngineFixture} class only under the configuration {@link EngineFixtures} sets.
 */
public final class EngineFixtureCondition implements ExecutionCondition {

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    boolean launched =
        context.getConfigurationParameter(EngineFixtures.ENABLED).map("true"::equals).orElse(false);
    return launched
        ? ConditionEvaluationResult.enabled("launched by EngineFixtures")
        : ConditionEvaluationResult.disabled("runs only when another test launches it");
  }
}
