package kz.qabyldau.forms.reference;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

/** How the reference, calendar and identity packages may depend on each other and on the world. */
class LawDataArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kz.qabyldau.forms.reference", "kz.qabyldau.forms.calendar", "kz.qabyldau.forms.identity");

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("kz.qabyldau.forms.(**)").should().beFreeOfCycles()
                .because("reference builds the calendar, so the calendar may only use the versioning basics")
                .check(CLASSES);
    }

    @Test
    void versioningBasicsDependOnNothingOfTheProject() {
        classes().that().resideInAPackage("..forms.reference.versioning..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", "com.fasterxml.jackson.annotation..", "..forms.reference.versioning..")
                .because("every package of the law core may use them without a cycle")
                .check(CLASSES);
    }

    @Test
    void calendarKnowsNoFilesOrJsonParsing() {
        noClasses().that().resideInAPackage("..forms.calendar..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.fasterxml.jackson.databind..", "java.io..", "java.nio..", "..forms.reference")
                .because("the calendar computes from values; reading the data files is the reference package's job")
                .check(CLASSES);
    }

    @Test
    void noJavaFxAndNoStandardStreams() {
        noClasses().should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("forms is the law core, testable without a screen").check(CLASSES);
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(CLASSES);
    }
}
