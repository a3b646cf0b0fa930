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
    void sceneGraphInStorageIsCaught() {
        assertViolatedBy(ArchitectureRules.storageUsesNoScene(SAMPLES + ".store..").evaluate(samples),
                "store.UsesSceneGraph");
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
