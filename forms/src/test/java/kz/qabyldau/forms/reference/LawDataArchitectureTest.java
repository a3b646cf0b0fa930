package kz.qabyldau.forms.reference;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * How the reference, calendar and identity packages may depend on each other and on the world. The rules for every
 * package (no cycles, no JavaFX, no standard streams) are app's ArchitectureTest.
 */
class LawDataArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kz.qabyldau.forms.reference", "kz.qabyldau.forms.calendar", "kz.qabyldau.forms.identity");

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
}
