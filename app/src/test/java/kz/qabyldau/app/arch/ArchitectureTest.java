package kz.qabyldau.app.arch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The layering rules checked on the production code of forms and app. */
class ArchitectureTest {

    private static JavaClasses production;

    @BeforeAll
    static void importProductionCode() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("kz.qabyldau");
    }

    @Test
    void productionCodeIsImportedWithoutTests() {
        assertThat(production.containPackage("kz.qabyldau.app.ui.shell")).isTrue();
        assertThat(production.stream().map(c -> c.getPackageName()))
                .noneMatch(p -> p.startsWith("kz.qabyldau.app.arch"));
    }

    @Test
    void formsUsesNoJavaFx() {
        ArchitectureRules.lawCoreUsesNoJavaFx("kz.qabyldau.forms..").check(production);
    }

    @Test
    void storeAndSyncUseNoSceneGraph() {
        ArchitectureRules.storageUsesNoScene("kz.qabyldau.app.store..", "kz.qabyldau.app.sync..").check(production);
    }

    @Test
    void viewsUseNoDatabaseOrHttp() {
        ArchitectureRules.viewsUseNoDatabaseOrHttp("kz.qabyldau.app.ui..").check(production);
    }

    @Test
    void viewModelsTouchNoControls() {
        ArchitectureRules.viewModelsTouchNoControls("kz.qabyldau.app.ui..").check(production);
    }

    @Test
    void noStandardStreamsOutsideTheLauncher() {
        ArchitectureRules.noStandardStreams("kz.qabyldau..").check(production);
    }

    @Test
    void noJavaUtilLogging() {
        ArchitectureRules.noJavaUtilLogging("kz.qabyldau..").check(production);
    }

    @Test
    void noOtherLoggingApis() {
        ArchitectureRules.noOtherLoggingApis("kz.qabyldau..").check(production);
    }

    @Test
    void logbackIsUsedOnlyByTheLoggingPackage() {
        ArchitectureRules.logbackOnlyInTheLoggingPackage("kz.qabyldau..", "kz.qabyldau.app.logging..")
                .check(production);
    }
}
