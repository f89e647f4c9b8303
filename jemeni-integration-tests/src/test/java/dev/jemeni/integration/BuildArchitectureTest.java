package dev.jemeni.integration;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.jemeni.testkit.architecture.JemeniArchitectureRules;

/** Applies the layering rules to the production classes of every module of this build. */
@AnalyzeClasses(packages = "dev.jemeni", importOptions = ImportOption.DoNotIncludeTests.class)
class BuildArchitectureTest {

  @ArchTest
  static final ArchRule domainIsPure = JemeniArchitectureRules.DOMAIN_DEPENDS_ONLY_ON_JAVA_AND_VAVR;

  @ArchTest
  static final ArchRule portsSpeakDomain = JemeniArchitectureRules.PORTS_DEPEND_ONLY_ON_DOMAIN;

  @ArchTest
  static final ArchRule adaptersAreIndependent =
      JemeniArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER;

  @ArchTest
  static final ArchRule onlyCompositionNamesAdapters =
      JemeniArchitectureRules.ONLY_COMPOSITION_DEPENDS_ON_ADAPTERS;
}
