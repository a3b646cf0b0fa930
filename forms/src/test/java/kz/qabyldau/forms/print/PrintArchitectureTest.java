package kz.qabyldau.forms.print;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

class PrintArchitectureTest {

    private static final JavaClasses PRINT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("kz.qabyldau.forms.print");

    @Test
    void theRendererNeedsNoJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("forms renders PDFs without a screen (ARCHITECTURE.md)").check(PRINT);
    }

    @Test
    void theRendererNeverWritesToTheStandardStreams() {
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.because("it logs with SLF4J or throws")
                .check(PRINT);
    }
}
