package kz.qabyldau.forms.verdict;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The verdict is a pure function of the application and the moment: no files, no network, no clock. (No screen and
 * no package cycles: app's ArchitectureTest checks every package of forms for those.)
 */
class VerdictArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kz.qabyldau.forms.verdict", "kz.qabyldau.forms.service", "kz.qabyldau.forms.application");

    @Test
    void verdictDoesNoInputOrOutput() {
        noClasses().that().resideInAPackage("..forms.verdict..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..")
                .because("every evaluation must be pure and fast; the data is read once, by the loaders")
                .check(CLASSES);
    }

    @Test
    void verdictNeverReadsTheClock() {
        noClasses().that().resideInAPackage("..forms.verdict..")
                .should().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().dependOnClassesThat().areAssignableTo(Clock.class)
                .because("the moment judged is an argument, so the same application always gets the same verdict")
                .check(CLASSES);
    }
}
