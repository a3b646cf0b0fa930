package kz.qabyldau.app.central;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The simulated central service runs headless (command line, tests, training mode's background): no JavaFX. */
class CentralArchitectureTest {

    private static final JavaClasses CENTRAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kz.qabyldau.app.central");

    @Test
    void theCentralServiceUsesNoJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("the central service is a server: it runs without a screen")
                .check(CENTRAL);
    }

    @Test
    void theCentralServiceDoesNotReachIntoTheWorkstationsUiOrStore() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("kz.qabyldau.app.ui..",
                        "kz.qabyldau.app.store.applications..")
                .because("the simulator stands for another system: it shares the law core and the protocol, "
                        + "not the workstation's data")
                .check(CENTRAL);
    }
}
