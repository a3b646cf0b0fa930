package kz.qabyldau.app.arch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.ENUMS;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.RECORDS;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

import kz.qabyldau.app.AllowedToUseStandardStreams;

/**
 * The architecture rules of Qabyldau (docs/architecture.md), as functions of the packages they govern, so that the
 * same rule is checked on the real code ({@link ArchitectureTest}) and shown to fail on deliberately wrong samples
 * ({@link ArchitectureRulesCatchViolationsTest}). No rule allows an empty selection: a renamed package makes the rule
 * fail instead of passing vacuously.
 */
final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** No two packages need each other (pattern like {@code kz.qabyldau.(**)}: every package is a slice). */
    static ArchRule packagesAreFreeOfCycles(String slicePattern) {
        return slices().matching(slicePattern).should().beFreeOfCycles()
                .because("a package that needs another which needs it back cannot be understood, tested or moved "
                        + "alone; shared types go to a package both may use (docs/architecture.md)");
    }

    /**
     * The layers of the workstation, top to bottom: the entry point; the two front ends (the window {@code ui} and
     * the command line {@code cli}); the services ({@code print}: printing and printers); store and sync; the law
     * core ({@code forms}). Beside them the simulator ({@code central}, another system that borrows the store's
     * plumbing) and the foundation ({@code config}, {@code i18n}, {@code logging}, {@code settings}: used by all,
     * using nothing above them). A layer may use any layer below it (a view model calls the store's facades
     * directly), never one above.
     *
     * @param app               the workstation's root package ({@code kz.qabyldau.app})
     * @param forms             the law core's root package ({@code kz.qabyldau.forms})
     */
    static ArchRule layers(String app, String forms) {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Entry").definedBy(app)
                .layer("Front ends").definedBy(app + ".ui..", app + ".cli..")
                .layer("Services").definedBy(app + ".print..", app + ".reports..")
                .layer("Store and sync").definedBy(app + ".store..", app + ".sync..")
                .layer("Simulator").definedBy(app + ".central..")
                .layer("Foundation").definedBy(app + ".config..", app + ".i18n..", app + ".logging..",
                        app + ".settings..")
                .layer("Law core").definedBy(forms + "..")
                .whereLayer("Entry").mayNotBeAccessedByAnyLayer()
                .whereLayer("Front ends").mayOnlyBeAccessedByLayers("Entry")
                .whereLayer("Services").mayOnlyBeAccessedByLayers("Entry", "Front ends")
                .whereLayer("Store and sync").mayOnlyBeAccessedByLayers("Entry", "Front ends", "Services", "Simulator")
                .whereLayer("Simulator").mayOnlyBeAccessedByLayers("Entry", "Front ends")
                .whereLayer("Law core").mayOnlyBeAccessedByLayers("Entry", "Front ends", "Services", "Store and sync",
                        "Simulator")
                .whereLayer("Foundation").mayOnlyAccessLayers("Law core")
                .because("dependencies point down only: the store and sync run under the command line and on "
                + "background threads without the window, and the law core runs without either (docs/architecture.md)");
    }

    static ArchRule verdictDoesNoInputOrOutput(String verdictPackage) {
        return noClasses().that().resideInAPackage(verdictPackage)
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..")
                .because("every evaluation must be pure and fast; the data is read once, by the loaders");
    }

    static ArchRule verdictNeverReadsTheClock(String verdictPackage) {
        return noClasses().that().resideInAPackage(verdictPackage)
                .should().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().dependOnClassesThat().areAssignableTo(Clock.class)
                .because("the moment judged is an argument, so the same application always gets the same verdict");
    }

    /** The versioning basics of the reference data depend on nothing of the project but themselves. */
    static ArchRule versioningBasicsDependOnNothingOfTheProject(String versioningPackage) {
        return classes().that().resideInAPackage(versioningPackage)
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", "com.fasterxml.jackson.annotation..", versioningPackage)
                .because("every package of the law core may use them without a cycle");
    }

    /** @param referencePackage the reference package itself (exactly: its versioning subpackage is allowed) */
    static ArchRule calendarKnowsNoFilesOrJsonParsing(String calendarPackage, String referencePackage) {
        return noClasses().that().resideInAPackage(calendarPackage)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.fasterxml.jackson.databind..", "java.io..", "java.nio..", referencePackage)
                .because("the calendar computes from values; reading the data files is the reference package's job");
    }

    static ArchRule lawCoreUsesNoJavaFx(String lawPackage) {
        return noClasses().that().resideInAPackage(lawPackage)
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("the law core must be testable and usable without a screen (command line, "
                        + "central service, tests) — docs/architecture.md: forms has no JavaFX");
    }

    /** Packages that run without a window (store, sync, the simulator, command line, printing …) use no JavaFX. */
    static ArchRule headlessPackagesUseNoJavaFx(String... headlessPackages) {
        return noClasses().that().resideInAnyPackage(headlessPackages)
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("they run off the FX thread, under the command line and in the simulator, where no "
                        + "toolkit is started; only the ui packages may touch JavaFX");
    }

    static ArchRule viewsUseNoDatabaseOrHttp(String viewPackage) {
        return noClasses().that().resideInAPackage(viewPackage)
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..", "org.flywaydb..",
                        "java.net.http..")
                .because("views never talk to SQLite or HTTP directly: blocking I/O on the FX thread freezes "
                        + "the clerk's window, and the store and sync packages own those concerns");
    }

    /**
     * Views (classes named {@code *View} in the ui packages) do no I/O: no store, no printing, no files, no
     * network, no SQL. They may show the store's values (records and enums a view model handed them), never hold
     * or call the store itself.
     *
     * @param temporarilyAllowed views being rewritten on another branch (each with its reason in the caller)
     */
    static ArchRule viewsDoNoInputOrOutput(String uiPackage, String storePackage, String printPackage,
                                           Class<?>... temporarilyAllowed) {
        DescribedPredicate<JavaClass> io = resideInAnyPackage(printPackage, "java.nio.file..", "java.net..",
                "java.sql..")
                .or(resideInAPackage(storePackage).and(not(RECORDS)).and(not(ENUMS)))
                .as("the store's working classes, printing, files, network or SQL");
        return noClasses().that().resideInAPackage(uiPackage).and().haveSimpleNameEndingWith("View")
                .and(not(belongToAnyOf(temporarilyAllowed)))
                .should().dependOnClassesThat(io)
                .because("a view only binds controls to its view model: I/O on the FX thread freezes the window, "
                        + "and I/O in a view cannot be tested without a screen");
    }

    static ArchRule viewModelsTouchNoControls(String viewPackage) {
        return noClasses().that().resideInAPackage(viewPackage).and().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .because("MVVM: a view model holds state and commands and is tested without a toolkit; "
                        + "only the view binds controls to it");
    }

    /**
     * The simulated central service is started only where the workstation is assembled and by the command that
     * runs it alone.
     *
     * @param simulatorPackage   the simulator ({@code ..app.central..})
     * @param assemblingPackage  the one package that assembles the workstation (exactly, not its subpackages)
     * @param allowedClasses     the {@code central} command, and classes still starting it (temporary)
     */
    static ArchRule simulatorIsUsedOnlyWhereTheWorkstationIsAssembled(String simulatorPackage,
                                                                      String assemblingPackage,
                                                                      Class<?>... allowedClasses) {
        return noClasses().that().resideOutsideOfPackage(simulatorPackage)
                .and().resideOutsideOfPackage(assemblingPackage)
                .and(not(belongToAnyOf(allowedClasses)))
                .should().dependOnClassesThat().resideInAPackage(simulatorPackage)
                .because("training wiring belongs to the one place that assembles the workstation; the desk only "
                        + "knows 'a central service' by its address (docs/decisions/0003-in-process-simulator.md)");
    }

    static ArchRule simulatorSharesNoWorkstationData(String simulatorPackage, String... workstationPackages) {
        return noClasses().that().resideInAPackage(simulatorPackage)
                .should().dependOnClassesThat().resideInAnyPackage(workstationPackages)
                .because("the simulator stands for another system: it shares the law core and the protocol, "
                        + "not the workstation's screens or data");
    }

    static ArchRule flywayOnlyInTheMigrator(String rootPackage, String migratorSimpleName) {
        return noClasses().that().resideInAPackage(rootPackage).and().doNotHaveSimpleName(migratorSimpleName)
                .should().dependOnClassesThat().resideInAPackage("org.flywaydb..")
                .because("a normal start must not load a single Flyway class: migrations run only when the "
                        + "schema is behind (docs/decisions/0002-migrations-only-when-behind.md)");
    }

    static ArchRule noStandardStreams(String rootPackage) {
        return noClasses().that().resideInAPackage(rootPackage)
                .and().areNotAnnotatedWith(AllowedToUseStandardStreams.class)
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .because("a clerk never sees a console: diagnostics go to the log through SLF4J, and only "
                        + "the launcher, marked @AllowedToUseStandardStreams, speaks to a terminal");
    }

    static ArchRule noJavaUtilLogging(String rootPackage) {
        return noClasses().that().resideInAPackage(rootPackage)
                .should(GeneralCodingRules.USE_JAVA_UTIL_LOGGING)
                .because("one logging API (SLF4J) sends everything to the one rolling log file in the data folder");
    }

    static ArchRule noOtherLoggingApis(String rootPackage) {
        return noClasses().that().resideInAPackage(rootPackage)
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.commons.logging..",
                        "org.apache.log4j..", "org.apache.logging.log4j..", "org.jboss.logging..")
                .because("one logging API (SLF4J) sends everything to the one rolling log file in the data folder");
    }

    static ArchRule logbackOnlyInTheLoggingPackage(String rootPackage, String loggingPackage) {
        return noClasses().that().resideInAPackage(rootPackage).and().resideOutsideOfPackage(loggingPackage)
                .should().dependOnClassesThat().resideInAPackage("ch.qos.logback..")
                .because("code logs through SLF4J; only the logging package configures the Logback backend, "
                        + "so the backend can change without touching the rest");
    }
}
