package dev.jemeni.testkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * Layering rules of the Jemeni client, as ready {@link ArchRule} constants.
 *
 * <p>Each rule depends on ArchUnit only, so it runs under JUnit 5 or 6, with {@code @ArchTest} or
 * with {@code rule.check(importedClasses)}. Every rule allows an empty selection: a service that
 * imports only its own classes can apply them all without failing on the packages it lacks.
 *
 * <p>Packages: {@code dev.jemeni.domain} (model), {@code dev.jemeni.port} (ports), {@code
 * dev.jemeni.adapter.in|out.<technology>} (adapters); composition code is the CLI, the testkit, the
 * emulator and the benchmarks.
 */
public final class JemeniArchitectureRules {

  /** Package of the domain model, with its sub-packages. */
  public static final String DOMAIN = "dev.jemeni.domain..";

  /** Package of the ports, with its sub-packages. */
  public static final String PORTS = "dev.jemeni.port..";

  /** Package of every adapter, with its sub-packages. */
  public static final String ADAPTERS = "dev.jemeni.adapter..";

  /** The domain depends on the JDK and Vavr only. */
  public static final ArchRule DOMAIN_DEPENDS_ONLY_ON_JAVA_AND_VAVR =
      classes()
          .that()
          .resideInAPackage(DOMAIN)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "io.vavr..", DOMAIN)
          .because(
              "the domain is the pure model every adapter shares; a framework in it would leak"
                  + " into every service that embeds the client")
          .allowEmptyShould(true);

  /** The ports depend on the domain, the JDK and Vavr only. */
  public static final ArchRule PORTS_DEPEND_ONLY_ON_DOMAIN =
      classes()
          .that()
          .resideInAPackage(PORTS)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "io.vavr..", DOMAIN, PORTS)
          .because("ports speak the domain's language so any adapter can implement them")
          .allowEmptyShould(true);

  /** No adapter depends on another adapter. */
  public static final ArchRule ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER =
      slices()
          .matching("dev.jemeni.adapter.*.(*)..")
          .should()
          .notDependOnEachOther()
          .because("each adapter must be replaceable by another, such as the fake in tests")
          .allowEmptyShould(true);

  /** Only composition code (CLI, testkit, emulator, benchmarks) depends on an adapter. */
  public static final ArchRule ONLY_COMPOSITION_DEPENDS_ON_ADAPTERS =
      onlyCompositionDependsOnAdapters(
          "dev.jemeni.cli..",
          "dev.jemeni.testkit..",
          "dev.jemeni.emulator..",
          "dev.jemeni.benchmarks..");

  private JemeniArchitectureRules() {}

  /**
   * Returns a rule that lets only the given packages, and the adapters themselves, depend on a
   * Jemeni adapter. A service passes its wiring packages, such as {@code com.shop.config..}, so its
   * domain and application code keep depending on the ports alone.
   *
   * @param compositionPackages ArchUnit package patterns of the code that wires adapters in
   */
  public static ArchRule onlyCompositionDependsOnAdapters(String... compositionPackages) {
    String[] allowed = new String[compositionPackages.length + 1];
    allowed[0] = ADAPTERS;
    System.arraycopy(compositionPackages, 0, allowed, 1, compositionPackages.length);
    return noClasses()
        .that()
        .resideOutsideOfPackages(allowed)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(ADAPTERS)
        .because(
            "application code depends on the ports, so the Feign adapter can be swapped for the"
                + " fake in tests; only wiring code may name an adapter")
        .allowEmptyShould(true);
  }
}
