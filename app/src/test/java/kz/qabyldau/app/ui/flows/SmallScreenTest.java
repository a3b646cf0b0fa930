package kz.qabyldau.app.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import kz.qabyldau.app.ui.LoggingReset;
import javafx.scene.control.ToggleButton;

/**
 * Issue #12: the workstation on a 1366x768 screen. The picker's intro is whole and all eight services are in
 * sight; the eighth is started by keyboard; every step, the last included, is reached with Alt+→ and its button is
 * scrolled into the step list; the field the focus moves to is inside the form's viewport; the form card uses the
 * width; the dates of the rules panel are never cut.
 */
class SmallScreenTest {

    private static final double WIDTH = 1366;
    private static final double HEIGHT = 768;

    @TempDir
    Path dataDir;

    private Desk desk;

    @AfterEach
    void stop() throws TimeoutException {
        if (desk != null) {
            desk.stop();
        }
        LoggingReset.restoreDefault();
    }

    @Test
    void eighthServiceAndItsLastStepAreReachableAt1366x768() throws TimeoutException {
        desk = new Desk(dataDir);
        desk.configureOffice("kk");
        desk.start();
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        desk.robot.interact(() -> {
            stage.setMaximized(false);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(WIDTH);
            stage.setHeight(HEIGHT);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getHeight()).isLessThanOrEqualTo(HEIGHT);

        Label intro = desk.robot.lookup(".q-page-intro").queryAs(Label.class);
        assertThat(intro.getHeight()).as("the intro is not cut").isGreaterThanOrEqualTo(
                intro.prefHeight(intro.getWidth()) - 0.5);
        ListCell<?> eighth = desk.robot.lookup(".list-cell").queryAll().stream().map(n -> (ListCell<?>) n)
                .filter(c -> c.getIndex() == 7 && !c.isEmpty()).findFirst().orElseThrow();
        assertInWindow(eighth, "the 8th service");
        assertInWindow(desk.robot.lookup("#intake-start").query(), "the start button");

        desk.startService("A-8", 7);
        int steps = desk.stepCount();
        assertThat(desk.text("#intake-service-name")).contains("телнұсқа");
        ScrollPane list = desk.robot.lookup("#intake-steps").queryAs(ScrollPane.class);
        ScrollPane form = desk.robot.lookup(".q-wizard.scroll-pane").queryAll().stream()
                .filter(n -> n != list && n instanceof ScrollPane).map(ScrollPane.class::cast)
                .filter(p -> p.getContent() != null && p.getContent().getStyleClass().contains("q-page"))
                .findFirst().orElseThrow();
        for (int step = 1; step <= steps; step++) {
            final int n = step;
            assertInViewport(list, desk.robot.lookup("#intake-step-" + n).query(), "step " + n + " in the list");
            GridPane card = desk.robot.lookup(".q-wizard .q-form").queryAll().stream()
                    .filter(c -> c instanceof GridPane && c.isVisible() && c.getScene() != null
                            && isInside(c, form.getContent())).map(GridPane.class::cast).findFirst().orElse(null);
            if (card != null) {
                assertThat(card.getWidth()).as("the form card of step %d uses the width", n)
                        .isGreaterThan(form.getViewportBounds().getWidth() * 0.8);
                walkFieldsWithEnter(form, n);
            }
            assertDatesWhole();
            if (step < steps) {
                desk.alt(KeyCode.RIGHT);
            }
        }
        assertThat(desk.robot.lookup("#intake-step-" + steps).queryAs(ToggleButton.class)
                .isSelected()).as("the last step is open").isTrue();
    }

    /** Enter through the step's fields (not past its last): each focused field is scrolled into the form's view. */
    private void walkFieldsWithEnter(ScrollPane form, int step) {
        for (int guard = 0; guard < 30; guard++) {
            Node focused = desk.focused();
            if (focused == null || !isInside(focused, form.getContent()) || isLastField(focused)) {
                return;
            }
            desk.key(KeyCode.ENTER);
            Node now = desk.focused();
            if (now != null && isInside(now, form.getContent())) {
                assertInViewport(form, now, "the field focused on step " + step);
            }
        }
    }

    private boolean isLastField(Node focused) {
        Node card = focused;
        while (card != null && !(card instanceof GridPane g && g.getStyleClass().contains("q-form"))) {
            card = card.getParent();
        }
        if (card == null) {
            return true;
        }
        Node last = null;
        for (Node c : ((GridPane) card).getChildren()) {
            if (GridPane.getColumnIndex(c) != null && GridPane.getColumnIndex(c) == 1 && c.isManaged()
                    && !(c instanceof Label)) {
                last = c;
            }
        }
        return last != null && isInside(focused, last);
    }

    private void assertDatesWhole() {
        desk.robot.lookup("#intake-verdict-dates .q-verdict-date").queryAll().forEach(n -> {
            Label date = (Label) n;
            assertThat(date.getWidth()).as("«%s» is not broken", date.getText())
                    .isGreaterThanOrEqualTo(date.prefWidth(-1) - 0.5);
            Bounds b = date.localToScene(date.getBoundsInLocal());
            assertThat(b.getMaxX()).as("«%s» inside the window", date.getText())
                    .isLessThanOrEqualTo(date.getScene().getWidth());
        });
    }

    private static void assertInWindow(Node node, String what) {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        assertThat(b.getMinY()).as(what).isGreaterThanOrEqualTo(0);
        assertThat(b.getMaxY()).as(what).isLessThanOrEqualTo(node.getScene().getHeight());
        assertThat(b.getMaxX()).as(what).isLessThanOrEqualTo(node.getScene().getWidth());
    }

    private static void assertInViewport(ScrollPane pane, Node node, String what) {
        Bounds viewport = pane.localToScene(pane.getBoundsInLocal());
        Bounds b = node.localToScene(node.getBoundsInLocal());
        assertThat(b.getMinY()).as(what).isGreaterThanOrEqualTo(viewport.getMinY() - 0.5);
        assertThat(b.getMaxY()).as(what).isLessThanOrEqualTo(viewport.getMaxY() + 0.5);
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
