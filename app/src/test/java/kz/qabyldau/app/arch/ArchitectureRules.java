package kz.qabyldau.app.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

import kz.qabyldau.app.AllowedToUseStandardStreams;

/**
 * The layering rules of Qabyldau, as functions of the packages they govern, so that the same
 * rule is checked on the real code and shown to fail on deliberately wrong samples.
 */
final class ArchitectureRules {

    private ArchitectureRules() {
    }

    static ArchRule lawCoreUsesNoJavaFx(String lawPackage) {
        return noClasses().that().resideInAPackage(lawPackage)
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("the law core must be testable and usable without a screen (command line, "
                        + "central service, tests) — ARCHITECTURE.md: forms has no JavaFX")
                .allowEmptyShould(true);
    }

    static ArchRule storageUsesNoScene(String... storagePackages) {
        return noClasses().that().resideInAnyPackage(storagePackages)
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .because("storage and sync run off the FX thread and under the command line; "
                        + "only views may touch the scene graph")
                .allowEmptyShould(true);
    }

    static ArchRule viewsUseNoDatabaseOrHttp(String viewPackage) {
        return noClasses().that().resideInAPackage(viewPackage)
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..", "org.flywaydb..",
                        "java.net.http..")
                .because("views never talk to SQLite or HTTP directly: blocking I/O on the FX thread freezes "
                        + "the clerk's window, and the store and sync packages own those concerns")
                .allowEmptyShould(true);
    }

    static ArchRule viewModelsTouchNoControls(String viewPackage) {
        return noClasses().that().resideInAPackage(viewPackage).and().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .because("MVVM: a view model holds state and commands and is tested without a toolkit; "
                        + "only the view binds controls to it")
                .allowEmptyShould(true);
    }

    static ArchRule noStandardStreams(String rootPackage) {
        return noClasses().that().resideInAPackage(rootPackage)
                .and().areNotAnnotatedWith(AllowedToUseStandardStreams.class)
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .because("a clerk never sees a console: diagnostics go to the log through SLF4J, and only "
                        + "the launcher, marked @AllowedToUseStandardStreams, speaks to a terminal")
                .allowEmptyShould(true);
    }

    static ArchRule noJavaUtilLogging(String rootPackage) {
        return noClasses().that().resideInAPackage(rootPackage)
                .should(GeneralCodingRules.USE_JAVA_UTIL_LOGGING)
                .because("one logging API (SLF4J) sends everything to the one rolling log file in the data folder")
                .allowEmptyShould(true);
    }

    static ArchRule noOtherLoggingApis(String rootPackage) {
        return noClasses().that().resideInAPackage(rootPackage)
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.commons.logging..",
                        "org.apache.log4j..", "org.apache.logging.log4j..", "org.jboss.logging..")
                .because("one logging API (SLF4J) sends everything to the one rolling log file in the data folder")
                .allowEmptyShould(true);
    }

    static ArchRule logbackOnlyInTheLoggingPackage(String rootPackage, String loggingPackage) {
        return noClasses().that().resideInAPackage(rootPackage).and().resideOutsideOfPackage(loggingPackage)
                .should().dependOnClassesThat().resideInAPackage("ch.qos.logback..")
                .because("code logs through SLF4J; only the logging package configures the Logback backend, "
                        + "so the backend can change without touching the rest")
                .allowEmptyShould(true);
    }
}
