package kz.qabyldau.app.store;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The storage layer's own promises; the app-wide layer rules live with the shell. */
@AnalyzeClasses(packages = "kz.qabyldau.app", importOptions = ImportOption.DoNotIncludeTests.class)
class StoreArchitectureTest {

    @ArchTest
    static final ArchRule storageUsesNoJavaFx = noClasses()
            .that().resideInAnyPackage("..app.store..", "..app.config..", "..app.logging..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the store is opened on background threads and by command-line sub-commands without a toolkit");

    @ArchTest
    static final ArchRule flywayStaysInsideTheMigrator = noClasses()
            .that().doNotHaveSimpleName("FlywayMigrator")
            .should().dependOnClassesThat().resideInAPackage("org.flywaydb..")
            .because("a normal start must not load a single Flyway class (see docs/storage.md)");

    @ArchTest
    static final ArchRule logbackOnlyInTheLoggingPackage = classes()
            .that().resideOutsideOfPackage("..app.logging..")
            .should().onlyDependOnClassesThat().resideOutsideOfPackage("ch.qos.logback..")
            .because("everything else logs through SLF4J");
}
