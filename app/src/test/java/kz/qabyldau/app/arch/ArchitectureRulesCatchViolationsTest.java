package kz.qabyldau.app.arch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;

import kz.qabyldau.app.arch.samples.AllowedPrinter;
import kz.qabyldau.app.arch.samples.PrintsToConsole;
import kz.qabyldau.app.arch.samples.PrintsStackTrace;
import kz.qabyldau.app.arch.samples.ui.ReadsFilesView;

/**
 * Each architecture rule run on deliberately wrong sample classes (in {@code arch.samples}) must
 * report them: proof that the rules of {@link ArchitectureTest} are not vacuous.
 */
class ArchitectureRulesCatchViolationsTest {

    private static final String SAMPLES = "kz.qabyldau.app.arch.samples";
    private static JavaClasses samples;

    @BeforeAll
    static void importSamples() {
        samples = new ClassFileImporter().importPackages(SAMPLES);
    }

    private static void assertViolatedBy(EvaluationResult result, String sampleClass) {
        assertThat(result.hasViolation()).as("rule reports a violation").isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains(sampleClass));
    }

    @Test
    void javaFxInTheLawCoreIsCaught() {
        assertViolatedBy(ArchitectureRules.lawCoreUsesNoJavaFx(SAMPLES + ".forms..").evaluate(samples),
                "forms.UsesJavaFx");
    }

    @Test
    void sceneGraphInAHeadlessPackageIsCaught() {
        assertViolatedBy(ArchitectureRules.headlessPackagesUseNoJavaFx(SAMPLES + ".store..").evaluate(samples),
                "store.UsesSceneGraph");
    }

    @Test
    void aCycleBetweenPackagesIsCaught() {
        assertViolatedBy(ArchitectureRules.packagesAreFreeOfCycles(SAMPLES + ".cycle.(**)").evaluate(samples),
                "cycle.a.First");
    }

    @Test
    void aLowerLayerReachingUpIsCaught() {
        EvaluationResult result = ArchitectureRules.layers(SAMPLES + ".layers.app", SAMPLES + ".layers.forms")
                .evaluate(samples);

        assertViolatedBy(result, "store.ReachesUp");
        assertThat(result.getFailureReport().getDetails()).as("the allowed downward uses are not reported")
                .noneMatch(line -> line.contains("Screen.") || line.contains("cli.Command"));
    }

    @Test
    void aMissingLayerIsCaught() {
        assertThat(ArchitectureRules.layers(SAMPLES + ".layers.renamed", SAMPLES + ".layers.forms")
                .evaluate(samples).hasViolation()).isTrue();
    }

    @Test
    void ioInAViewIsCaught() {
        EvaluationResult result = ArchitectureRules.viewsDoNoInputOrOutput(SAMPLES + ".ui..", SAMPLES + ".store..",
                SAMPLES + ".print..").evaluate(samples);

        assertViolatedBy(result, "ui.ReadsFilesView");
        assertViolatedBy(result, "ui.PrintsView");
        assertViolatedBy(result, "ui.HoldsTheStoreView");
        assertThat(result.getFailureReport().getDetails()).as("a view may show the store's records and enums")
                .noneMatch(line -> line.contains("ShowsAStoredRowView"));
    }

    @Test
    void aViewTemporarilyAllowedIsNotReported() {
        EvaluationResult result = ArchitectureRules.viewsDoNoInputOrOutput(SAMPLES + ".ui..", SAMPLES + ".store..",
                SAMPLES + ".print..", ReadsFilesView.class).evaluate(samples);

        assertThat(result.getFailureReport().getDetails()).noneMatch(line -> line.contains("ReadsFilesView"))
                .anyMatch(line -> line.contains("PrintsView"));
    }

    @Test
    void theSimulatorUsedOutsideTheAssemblyIsCaught() {
        EvaluationResult result = ArchitectureRules.simulatorIsUsedOnlyWhereTheWorkstationIsAssembled(
                SAMPLES + ".central..", SAMPLES + ".assembly").evaluate(samples);

        assertViolatedBy(result, "store.UsesSimulator");
        assertThat(result.getFailureReport().getDetails()).noneMatch(line -> line.contains("Assembles"));
    }

    @Test
    void theSimulatorReachingIntoTheWorkstationIsCaught() {
        assertViolatedBy(ArchitectureRules.simulatorSharesNoWorkstationData(SAMPLES + ".central..", SAMPLES + ".ui..")
                .evaluate(samples), "central.ReachesIntoTheWorkstation");
    }

    @Test
    void fileInputInTheVerdictIsCaught() {
        assertViolatedBy(ArchitectureRules.verdictDoesNoInputOrOutput(SAMPLES + ".law.verdict..").evaluate(samples),
                "verdict.ReadsAFile");
    }

    @Test
    void theClockInTheVerdictIsCaught() {
        assertViolatedBy(ArchitectureRules.verdictNeverReadsTheClock(SAMPLES + ".law.verdict..").evaluate(samples),
                "verdict.ReadsTheClock");
    }

    @Test
    void versioningBasicsUsingTheProjectAreCaught() {
        assertViolatedBy(ArchitectureRules.versioningBasicsDependOnNothingOfTheProject(
                SAMPLES + ".law.versioning..").evaluate(samples), "versioning.UsesTheCalendar");
    }

    @Test
    void jsonParsingInTheCalendarIsCaught() {
        EvaluationResult result = ArchitectureRules.calendarKnowsNoFilesOrJsonParsing(SAMPLES + ".law.calendar..",
                SAMPLES + ".law.reference").evaluate(samples);

        assertViolatedBy(result, "calendar.ParsesJson");
        assertThat(result.getFailureReport().getDetails()).noneMatch(line -> line.contains("calendar.Day "));
    }

    @Test
    void flywayOutsideTheMigratorIsCaught() {
        assertViolatedBy(ArchitectureRules.flywayOnlyInTheMigrator(SAMPLES + "..", "FlywayMigrator")
                .evaluate(samples), "store.UsesFlyway");
    }

    @Test
    void databaseInAViewIsCaught() {
        assertViolatedBy(ArchitectureRules.viewsUseNoDatabaseOrHttp(SAMPLES + ".ui..").evaluate(samples),
                "ui.UsesSql");
    }

    @Test
    void httpInAViewIsCaught() {
        assertViolatedBy(ArchitectureRules.viewsUseNoDatabaseOrHttp(SAMPLES + ".ui..").evaluate(samples),
                "ui.UsesHttp");
    }

    @Test
    void controlInAViewModelIsCaught() {
        assertViolatedBy(ArchitectureRules.viewModelsTouchNoControls(SAMPLES + ".ui..").evaluate(samples),
                "ui.TouchesControlsViewModel");
    }

    @Test
    void standardStreamsAreCaughtUnlessAllowed() {
        EvaluationResult result = ArchitectureRules.noStandardStreams(SAMPLES + "..").evaluate(samples);

        assertViolatedBy(result, PrintsToConsole.class.getSimpleName());
        assertViolatedBy(result, PrintsStackTrace.class.getSimpleName());
        assertThat(result.getFailureReport().getDetails())
                .noneMatch(line -> line.contains(AllowedPrinter.class.getSimpleName()));
    }

    @Test
    void javaUtilLoggingIsCaught() {
        assertViolatedBy(ArchitectureRules.noJavaUtilLogging(SAMPLES + "..").evaluate(samples), "UsesJul");
    }

    @Test
    void logbackOutsideTheLoggingPackageIsCaught() {
        assertViolatedBy(ArchitectureRules.logbackOnlyInTheLoggingPackage(SAMPLES + "..", SAMPLES + ".logging..")
                .evaluate(samples), "UsesLogback");
    }
}
