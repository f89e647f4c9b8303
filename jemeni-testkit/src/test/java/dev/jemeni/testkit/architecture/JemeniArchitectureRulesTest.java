package dev.jemeni.testkit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

class JemeniArchitectureRulesTest {

  private static final JavaClasses FIXTURES =
      new ClassFileImporter()
          .importPackages(
              "dev.jemeni.domain.fixture",
              "dev.jemeni.port.out.fixture",
              "dev.jemeni.adapter.out.alpha",
              "dev.jemeni.adapter.out.beta",
              "dev.jemeni.application.fixture");

  private static final JavaClasses PRODUCTION =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.jemeni");

  @Test
  void domainRuleFailsOnLibraryDependency() {
    EvaluationResult result =
        evaluate(JemeniArchitectureRules.DOMAIN_DEPENDS_ONLY_ON_JAVA_AND_VAVR);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .anyMatch(line -> line.contains("LeakyEntity") && line.contains("JavaClass"));
  }

  @Test
  void portsRuleFailsOnLibraryType() {
    EvaluationResult result = evaluate(JemeniArchitectureRules.PORTS_DEPEND_ONLY_ON_DOMAIN);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("LeakyPort"));
  }

  @Test
  void adapterRuleFailsWhenOneAdapterUsesAnother() {
    EvaluationResult result =
        evaluate(JemeniArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString()).contains("BetaClient").contains("AlphaClient");
  }

  @Test
  void compositionRuleFailsWhenApplicationCodeNamesAnAdapter() {
    EvaluationResult result =
        evaluate(JemeniArchitectureRules.ONLY_COMPOSITION_DEPENDS_ON_ADAPTERS);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .anyMatch(line -> line.contains("CheckoutService"));
  }

  @Test
  void compositionRuleAcceptsTheServicesOwnWiringPackage() {
    ArchRule rule =
        JemeniArchitectureRules.onlyCompositionDependsOnAdapters("dev.jemeni.application..");

    assertThat(rule.evaluate(FIXTURES).getFailureReport().getDetails())
        .noneMatch(line -> line.contains("CheckoutService"));
  }

  @Test
  void everyRuleStatesItsReason() {
    for (ArchRule rule : allRules()) {
      assertThat(rule.getDescription()).contains("because");
    }
  }

  @Test
  void productionClassesOnThisClasspathFollowEveryRule() {
    assertThat(PRODUCTION.containPackage("dev.jemeni.domain.value")).isTrue();

    for (ArchRule rule : allRules()) {
      rule.check(PRODUCTION);
    }
  }

  private static EvaluationResult evaluate(ArchRule rule) {
    return rule.evaluate(FIXTURES);
  }

  private static ArchRule[] allRules() {
    return new ArchRule[] {
      JemeniArchitectureRules.DOMAIN_DEPENDS_ONLY_ON_JAVA_AND_VAVR,
      JemeniArchitectureRules.PORTS_DEPEND_ONLY_ON_DOMAIN,
      JemeniArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER,
      JemeniArchitectureRules.ONLY_COMPOSITION_DEPENDS_ON_ADAPTERS
    };
  }
}
