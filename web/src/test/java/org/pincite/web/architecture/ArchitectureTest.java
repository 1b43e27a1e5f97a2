package org.pincite.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rooms of the house, read from the compiled classes of all three modules: no package depends
 * on itself through others, the domain knows nothing of ours but itself, the services know nothing
 * of the web, and the web edges (pages' backing beans, REST resources) reach data only through the
 * application services.
 */
class ArchitectureTest {
  private static JavaClasses pincite;

  @BeforeAll
  static void readTheCompiledClasses() {
    pincite =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.pincite");
    assertTrue(
        pincite.containPackage("org.pincite.domain.matter")
            && pincite.containPackage("org.pincite.service.ingest")
            && pincite.containPackage("org.pincite.web.rest"),
        "the classes of all three modules are read");
  }

  /** Each package is a slice: org.pincite.service and org.pincite.service.ingest are two. */
  static final ArchRule NO_PACKAGE_CYCLES =
      slices().matching("org.pincite.(**)").should().beFreeOfCycles();

  static final ArchRule DOMAIN_KNOWS_ONLY_ITSELF =
      noClasses()
          .that()
          .resideInAPackage("org.pincite.domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.pincite.service..",
              "org.pincite.web..",
              "org.apache.pdfbox..",
              "jakarta.faces..",
              "jakarta.ws.rs..",
              "org.primefaces..");

  static final ArchRule SERVICES_KNOW_NOTHING_OF_THE_WEB =
      noClasses()
          .that()
          .resideInAPackage("org.pincite.service..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.pincite.web..", "jakarta.faces..", "org.primefaces..");

  static final ArchRule WEB_REACHES_DATA_ONLY_THROUGH_SERVICES =
      noClasses()
          .that()
          .resideInAPackage("org.pincite.web..")
          .should()
          .dependOnClassesThat()
          .haveSimpleNameEndingWith("Repository")
          .orShould()
          .dependOnClassesThat()
          .resideInAPackage("org.pincite.service.jpa..")
          .orShould()
          .dependOnClassesThat()
          .areAssignableTo(EntityManager.class)
          .orShould()
          .dependOnClassesThat()
          .areAssignableTo(EntityManagerFactory.class);

  @Test
  void noPackageDependsOnItselfThroughOthers() {
    NO_PACKAGE_CYCLES.check(pincite);
  }

  @Test
  void theDomainDependsOnNothingOfOursButItself() {
    DOMAIN_KNOWS_ONLY_ITSELF.check(pincite);
  }

  @Test
  void theServicesDependOnNothingOfTheWeb() {
    SERVICES_KNOW_NOTHING_OF_THE_WEB.check(pincite);
  }

  @Test
  void backingBeansAndResourcesReachDataOnlyThroughServices() {
    WEB_REACHES_DATA_ONLY_THROUGH_SERVICES.check(pincite);
  }

  /** The cycle rule is not one that cannot fail: two test packages that use each other break it. */
  @Test
  void theCycleRuleCatchesTwoPackagesThatUseEachOther() {
    JavaClasses cycle =
        new ClassFileImporter().importPackages("org.pincite.web.architecture.cycle");
    EvaluationResult result =
        slices()
            .matching("org.pincite.web.architecture.cycle.(*)")
            .should()
            .beFreeOfCycles()
            .evaluate(cycle);
    assertTrue(result.hasViolation(), "a cycle between cycle.a and cycle.b is reported");
    assertFalse(
        NO_PACKAGE_CYCLES.evaluate(pincite).hasViolation(), "and Pincite's own classes have none");
  }
}
