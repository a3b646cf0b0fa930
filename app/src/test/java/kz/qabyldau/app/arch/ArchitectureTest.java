package kz.qabyldau.app.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import kz.qabyldau.app.cli.CentralCommand;

/** The architecture rules (docs/architecture.md) checked on the production code of forms and app. */
class ArchitectureTest {

    private static final String APP = "kz.qabyldau.app";
    private static final String FORMS = "kz.qabyldau.forms";

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

    /** A rule naming a package that was renamed away must fail, not pass with nothing to check. */
    @Test
    void everyPackageTheRulesNameExists() {
        for (String p : List.of("ui", "ui.status", "cli", "print", "reports", "store", "store.applications", "sync",
                "central",
                "config", "i18n", "logging", "settings")) {
            assertThat(production.containPackage(APP + "." + p)).as(APP + "." + p).isTrue();
        }
        for (String p : List.of("verdict", "calendar", "reference", "reference.versioning")) {
            assertThat(production.containPackage(FORMS + "." + p)).as(FORMS + "." + p).isTrue();
        }
    }

    @Test
    void packagesOfAppAndFormsAreFreeOfCycles() {
        ArchitectureRules.packagesAreFreeOfCycles("kz.qabyldau.(**)").check(production);
    }

    @Test
    void dependenciesPointDownTheLayers() {
        ArchitectureRules.layers(APP, FORMS).check(production);
    }

    @Test
    void formsUsesNoJavaFx() {
        ArchitectureRules.lawCoreUsesNoJavaFx(FORMS + "..").check(production);
    }

    @Test
    void verdictDoesNoInputOrOutput() {
        ArchitectureRules.verdictDoesNoInputOrOutput(FORMS + ".verdict..").check(production);
    }

    @Test
    void verdictNeverReadsTheClock() {
        ArchitectureRules.verdictNeverReadsTheClock(FORMS + ".verdict..").check(production);
    }

    @Test
    void versioningBasicsDependOnNothingOfTheProject() {
        ArchitectureRules.versioningBasicsDependOnNothingOfTheProject(FORMS + ".reference.versioning..")
                .check(production);
    }

    @Test
    void calendarKnowsNoFilesOrJsonParsing() {
        ArchitectureRules.calendarKnowsNoFilesOrJsonParsing(FORMS + ".calendar..", FORMS + ".reference")
                .check(production);
    }

    @Test
    void headlessPackagesUseNoJavaFx() {
        ArchitectureRules.headlessPackagesUseNoJavaFx(APP + ".store..", APP + ".sync..", APP + ".central..",
                APP + ".cli..", APP + ".print..", APP + ".reports..", APP + ".config..", APP + ".logging..",
                APP + ".settings..")
                .check(production);
    }

    @Test
    void viewsUseNoDatabaseOrHttp() {
        ArchitectureRules.viewsUseNoDatabaseOrHttp(APP + ".ui..").check(production);
    }

    @Test
    void viewsDoNoInputOrOutput() {
        ArchitectureRules.viewsDoNoInputOrOutput(APP + ".ui..", APP + ".store..", APP + ".print..")
                .check(production);
    }

    @Test
    void viewModelsTouchNoControls() {
        ArchitectureRules.viewModelsTouchNoControls(APP + ".ui..").check(production);
    }

    @Test
    void simulatorIsUsedOnlyWhereTheWorkstationIsAssembled() {
        ArchitectureRules.simulatorIsUsedOnlyWhereTheWorkstationIsAssembled(APP + ".central..", APP + ".ui",
                CentralCommand.class)
                .check(production);
    }

    @Test
    void simulatorSharesNoWorkstationData() {
        ArchitectureRules.simulatorSharesNoWorkstationData(APP + ".central..", APP + ".ui..",
                APP + ".store.applications..").check(production);
    }

    @Test
    void flywayIsUsedOnlyByTheMigrator() {
        ArchitectureRules.flywayOnlyInTheMigrator("kz.qabyldau..", "FlywayMigrator").check(production);
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
