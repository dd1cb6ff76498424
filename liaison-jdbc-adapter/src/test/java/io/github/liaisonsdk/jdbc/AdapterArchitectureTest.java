package io.github.liaisonsdk.jdbc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

/** The adapter uses the core's public API and ports, and shows callers only its factory and what it returns. */
@AnalyzeClasses(
    packages = "io.github.liaisonsdk.jdbc",
    importOptions = ImportOption.DoNotIncludeTests.class)
class AdapterArchitectureTest {
  private static final Set<String> PUBLIC_API =
      Set.of(
          "JdbcStores",
          "JdbcStores$Builder",
          "JdbcSchoolStores",
          "JdbcSchoolStore",
          "Dialect",
          "JdbcStoreException",
          "SchemaVersionException",
          "MigrationReport");

  @ArchTest
  static final ArchRule usesNoCoreInternals =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.github.liaisonsdk.internal..", "io.github.liaisonsdk.memory..")
          .because("adapters depend on the core's ports and value types, not its implementation");

  @ArchTest
  static final ArchRule onlyTheFactoryAndItsTypesArePublic =
      classes()
          .that()
          .resideInAPackage("io.github.liaisonsdk.jdbc")
          .and()
          .arePublic()
          .should()
          .haveNameMatching(".*\\.(" + String.join("|", PUBLIC_API).replace("$", "\\$") + ")");
}
