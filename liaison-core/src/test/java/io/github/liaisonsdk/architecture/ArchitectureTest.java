package io.github.liaisonsdk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core's architecture rules, checked on its compiled classes. */
@AnalyzeClasses(
    packages = "io.github.liaisonsdk",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule coreUsesNoJdbc =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.sql..", "javax.sql..")
          .because("the core is framework-free: persistence lives behind ports in adapters");

  @ArchTest
  static final ArchRule coreKnowsNoAdapter =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.github.liaisonsdk.jdbc..", "io.github.liaisonsdk.examples..")
          .because("adapters depend on the core, never the other way round");

  @ArchTest
  static final ArchRule domainDoesNotDependOnTheMemoryAdapter =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.github.liaisonsdk.memory..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.github.liaisonsdk.memory..")
          .because("the in-memory store is one adapter among others");

  @ArchTest
  static final ArchRule portsAreInterfacesOrExceptions =
      classes()
          .that()
          .resideInAPackage("io.github.liaisonsdk.port")
          .and()
          .arePublic()
          .and()
          .doNotHaveSimpleName("package-info")
          .should()
          .beInterfaces()
          .orShould()
          .beAssignableTo(RuntimeException.class)
          .orShould()
          .beAssignableTo(Record.class)
          .because("ports are interfaces; what they return or throw is plain data");

  @ArchTest
  static final ArchRule memoryAdapterHidesItsImplementation =
      classes()
          .that()
          .resideInAPackage("io.github.liaisonsdk.memory")
          .and()
          .areTopLevelClasses()
          .and()
          .doNotHaveSimpleName("InMemoryStore")
          .and()
          .doNotHaveSimpleName("InMemorySchoolStores")
          .and()
          .doNotHaveSimpleName("package-info")
          .should()
          .notBePublic();

  @ArchTest
  static final ArchRule noPackageCycles =
      slices().matching("io.github.liaisonsdk.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule nothingDependsOnTheEntryFloor =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.github.liaisonsdk")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.github.liaisonsdk")
          .because(
              "the root package is the entry point and its use-case services: entry point -> services ->"
                  + " vocabulary -> basics, with no arrow running up");

  @ArchTest
  static final ArchRule servicesDoNotGoThroughTheEntryPoint =
      noClasses()
          .that()
          .resideInAPackage("io.github.liaisonsdk")
          .and()
          .doNotHaveSimpleName("Liaison")
          .and()
          .doNotHaveSimpleName("LiaisonSchools")
          .and()
          .doNotHaveSimpleName("Builder")
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("io.github.liaisonsdk.Liaison")
          .because(
              "the services share their lookups through SchoolRecords, not through the entry point (the"
                  + " entry point for many schools hands out facades, so it alone may)");

  @ArchTest
  static final ArchRule useCaseImplementationsArePackagePrivate =
      classes()
          .that()
          .resideInAPackage("io.github.liaisonsdk")
          .and()
          .areTopLevelClasses()
          .and()
          .areNotInterfaces()
          .and()
          .doNotHaveSimpleName("Liaison")
          .and()
          .doNotHaveSimpleName("LiaisonSchools")
          .and()
          .doNotHaveSimpleName("package-info")
          .should()
          .notBePublic()
          .because(
              "callers see the entry points (one school, many schools) and the use-case interfaces only");

  @ArchTest
  static final ArchRule basicsAreALeaf =
      noClasses()
          .that()
          .resideInAPackage("io.github.liaisonsdk.basics")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.github.liaisonsdk",
              "io.github.liaisonsdk.audit..",
              "io.github.liaisonsdk.confidentiality..",
              "io.github.liaisonsdk.contact..",
              "io.github.liaisonsdk.dataprotection..",
              "io.github.liaisonsdk.lawfulbasis..",
              "io.github.liaisonsdk.json..",
              "io.github.liaisonsdk.memory..",
              "io.github.liaisonsdk.monitoring..",
              "io.github.liaisonsdk.plan..",
              "io.github.liaisonsdk.policy..",
              "io.github.liaisonsdk.port..",
              "io.github.liaisonsdk.pupil..",
              "io.github.liaisonsdk.sharing..",
              "io.github.liaisonsdk.staff..",
              "io.github.liaisonsdk.childprotection..",
              "io.github.liaisonsdk.todo..",
              "io.github.liaisonsdk.publication..")
          .because("the basics every package shares depend on nothing of ours");

  @ArchTest
  static final ArchRule coreDoesNotLogThroughAnythingButSlf4j =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.util.logging..", "org.apache.log4j..", "org.apache.logging..")
          .because("the core logs only through the SLF4J API");
}
