package kz.qabyldau.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.applications.ApplicationStatus;
import kz.qabyldau.app.store.applications.ApplicationStore;
import kz.qabyldau.app.sync.Desk;
import kz.qabyldau.app.print.PrintEnvironment;
import kz.qabyldau.app.ui.handout.HandoutViewModel;
import javafx.scene.Node;

/**
 * The clerk's whole path in training mode (issue #6): an application accepted (through the store) → the
 * in-process simulated central service decides → the decision arrives in Handout → the permit is printed →
 * marked handed out.
 */
class TrainingHandoutFlowTest {

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private Application app;

    @BeforeEach
    void registerStage() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeApplication() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        LoggingReset.restoreDefault();
    }

    @Test
    void acceptedInTrainingTheDecisionArrivesThePermitIsPrintedAndHandedOut() throws Exception {
        UUID id;
        try (Database db = Database.open(DataFolder.at(dataDir, true))) {
            ApplicationStore store = ApplicationStore.open(db, true);
            id = Desk.acceptInto(store, "T-001", 2, 600);
            store.endSession();
        }

        // Quick decisions, none refused or revoked by chance.
        app = FxToolkit.setupApplication(() -> new WorkstationApp(new TrainingSimulator.Tuning(Duration.ofMillis(200),
                0, 0), List.of("--data-dir", dataDir.toString()), PrintEnvironment.saveOnly()));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup("#nav-handout").match(TrainingHandoutFlowTest::shown)
                .tryQuery().isPresent());
        robot.clickOn(robot.lookup("#nav-handout").match(TrainingHandoutFlowTest::shown).<Node>query());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#handout-table").match(TrainingHandoutFlowTest::shown)
                .tryQuery().isPresent());
        TableView<?> list = robot.lookup("#handout-table").match(TrainingHandoutFlowTest::shown)
                .queryAs(TableView.class);
        Button find = robot.lookup("#handout-find").match(TrainingHandoutFlowTest::shown).queryAs(Button.class);
        // The worker pushes at start and pulls every few seconds; the clerk presses "Find" until it is there.
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> {
            Platform.runLater(find::fire);
            WaitForAsyncUtils.waitForFxEvents();
            return !list.getItems().isEmpty();
        });
        HandoutViewModel.Item arrived = (HandoutViewModel.Item) list.getItems().get(0);
        assertThat(arrived.label()).contains("Каримов").contains("T-001");
        assertThat(arrived.application().orElseThrow().status()).isEqualTo(ApplicationStatus.ISSUED);

        // A table as the drafts are: the service named in the interface language, whole.
        assertThat(list.getColumns().get(list.getColumns().size() - 1).getCellData(0))
                .isEqualTo("Еңбекші көшіп келушіге рұқсат беру");
        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(0);
        });
        // Enter prints the selected row. No printer, no viewer: the permit is saved where training papers are kept,
        // apart from real ones, and the status says where.
        robot.type(KeyCode.ENTER);
        Path printed = dataDir.resolve("printed-training");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.isDirectory(printed) && count(printed) == 1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#handout-status").queryLabeled()
                .getText().contains(printed.toString()));
        robot.clickOn("#handout-recipient-name").write("Каримов Алишер");
        // Enter in the recipient's field is not "Find" (issue #12): the list is not read again under the selection.
        HandoutViewModel.Item chosen = (HandoutViewModel.Item) list.getSelectionModel().getSelectedItem();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getSelectionModel().getSelectedItem()).isSameAs(chosen);
        assertThat(list.getItems()).element(0).isSameAs(chosen);
        robot.clickOn("#handout-recipient-document").write("FA1234567");
        robot.clickOn("#handout-handed-out");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().isEmpty());

        FxToolkit.cleanupApplication(app);
        app = null;
        try (Database db = Database.open(DataFolder.at(dataDir, true))) {
            ApplicationStore store = ApplicationStore.open(db, true);
            assertThat(store.drafts().find(id).orElseThrow().status()).isEqualTo(ApplicationStatus.HANDED_OUT);
            assertThat(store.printedForms().list(id)).extracting(f -> f.formId()).containsExactly("permit-app5");
            assertThat(store.outbox().waitingCount()).isZero();
            store.endSession();
        }
        try (Stream<Path> files = Files.list(printed)) {
            assertThat(files.map(p -> p.getFileName().toString())).singleElement()
                    .satisfies(n -> assertThat(n).startsWith("permit-app5"));
        }
    }

    /** A node of the window on screen (not of a window an earlier test closed). */
    private static boolean shown(Node node) {
        return node.getScene() != null && node.getScene().getWindow() != null
                && node.getScene().getWindow().isShowing();
    }

    private static long count(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }
}
