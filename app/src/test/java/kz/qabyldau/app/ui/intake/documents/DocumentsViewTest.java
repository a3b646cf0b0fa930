package kz.qabyldau.app.ui.intake.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import kz.qabyldau.app.ui.common.TaskExecutor;
import kz.qabyldau.app.ui.common.Theme;
import kz.qabyldau.app.ui.intake.IntakeSession;
import kz.qabyldau.app.ui.intake.finish.DeskFixture;
import java.util.Base64;

/**
 * The documents step by keyboard (issue #12): Enter goes from box to date to the next document and never stops on
 * "Add scan…" (where a stray Space opened a file chooser); Ctrl+O asks for the scans of the document the focus is in,
 * and the focus stays where it was.
 */
class DocumentsViewTest {

    /** The smallest PNG: 1×1 pixel. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private final List<String> askedFor = new ArrayList<>();
    private DeskFixture desk;
    private IntakeSession session;
    private File scan;

    @BeforeEach
    void show() throws Exception {
        desk = new DeskFixture(folder.resolve("data"));
        session = desk.start("permit.issue");
        scan = Files.write(folder.resolve("passport.png"), PNG).toFile();
        DocumentsViewModel model = new DocumentsViewModel(session, desk.store.scans(), TaskExecutor.callingThread(),
                desk.i18n);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            DocumentsView view = new DocumentsView(model, desk.i18n, (type, owner) -> {
                askedFor.add(type);
                return List.of(scan);
            });
            Scene scene = new Scene(view.root(), 1100, 900);
            scene.getStylesheets().addAll(Theme.stylesheets());
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        desk.close();
    }

    private String focusedId() {
        WaitForAsyncUtils.waitForFxEvents();
        Node focus = robot.listTargetWindows().get(0).getScene().getFocusOwner();
        return focus == null ? null : focus.getId();
    }

    @Test
    void enterWalksTheBoxesAndDatesOnlyAndTheScanButtonsAreOutOfTheWay() {
        List<String> walked = new ArrayList<>();
        walked.add(focusedId());
        for (int i = 0; i < 12; i++) {
            robot.type(KeyCode.ENTER);
            walked.add(focusedId());
        }

        assertThat(walked).doesNotContainNull().noneMatch(id -> id.endsWith("-add-scan"));
        assertThat(walked.stream().distinct().toList()).containsExactly(
                "documents-prepayment-receipt-presented",
                "documents-passport-presented", "documents-passport-validUntil",
                "documents-passport-borderCrossingOn",
                "documents-medical-028e-presented", "documents-medical-028e-issuedOn",
                "documents-medical-insurance-presented", "documents-medical-insurance-validFrom",
                "documents-medical-insurance-validUntil",
                "documents-intent-agreement-app3-presented");
        assertThat(askedFor).as("no chooser opened by Enter").isEmpty();
        assertThat(robot.lookup("#documents-passport-add-scan").queryAs(Button.class).isFocusTraversable()).isFalse();
        assertThat(robot.lookup("#documents-passport-add-scan").queryAs(Button.class).getText())
                .isEqualTo("Добавить скан… (Ctrl+O)");
    }

    @Test
    void ctrlOAddsScansToTheDocumentTheFocusIsIn() {
        robot.type(KeyCode.ENTER).type(KeyCode.ENTER); // the passport's "valid until"
        assertThat(focusedId()).isEqualTo("documents-passport-validUntil");

        robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(askedFor).containsExactly("passport");
        assertThat(session.application().get().documents()).filteredOn(d -> d.type().equals("passport"))
                .singleElement().satisfies(d -> {
                    assertThat(d.scans()).hasSize(1);
                    assertThat(d.isPresented()).isTrue();
                });
        assertThat(robot.lookup("#documents-passport-scans").queryAs(FlowPane.class).getChildren()).hasSize(1);
        assertThat(focusedId()).isEqualTo("documents-passport-validUntil");
    }
}
