package kz.qabyldau.app.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.EnumSource.Mode;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import kz.qabyldau.app.i18n.Language;
import kz.qabyldau.app.ui.LoggingReset;
import kz.qabyldau.app.ui.operators.IdleLock;
import kz.qabyldau.app.ui.shell.Destination;

/**
 * Issue #12: every page of a real office, signed in as its administrator (so the Operators, audit and reports pages
 * are there too), the sign-in and the locked screens and every step of a permit issue, at 1366x768 and 1600x1000, in
 * Kazakh and Russian: no text on screen is cut to "…", and the wizard's step list fits without scrolling. Each screen
 * is saved under target/page-shots for a person to look at.
 *
 * <p>Tagged {@value #LARGE_SCREEN}: the app module's pom runs it in its own surefire execution on a 1600x1000 headless
 * screen (the build's other tests keep 1366x800), and it fails at once on a screen too small for its largest size
 * instead of checking less than it says.
 */
@Tag(PagesOnScreenTest.LARGE_SCREEN)
class PagesOnScreenTest {

    static final String LARGE_SCREEN = "large-screen";
    private static final String ADMIN_PASSWORD = "admin-secret-1";
    private static final double[][] SIZES = {{1366, 768}, {1600, 1000}};
    /** The lowest the window goes (WorkstationApp), where the step list has to scroll. */
    private static final double[] LOW = {1366, 600};

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

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"KK", "RU"}, mode = Mode.INCLUDE)
    void everyScreenShowsItsTextsWholeAtBothSizes(Language language) throws TimeoutException {
        desk = new Desk(dataDir);
        desk.configureOffice(language.code());
        desk.officeWithOperators(ADMIN_PASSWORD, "Нұрлан Исаев", "clerk-secret-2");
        desk.startAtSignIn(IdleLock.fxTimers());
        Rectangle2D screen = Screen.getPrimary().getBounds();
        for (double[] size : SIZES) {
            assertThat(screen.getWidth() >= size[0] && screen.getHeight() >= size[1])
                    .as("the headless screen %sx%s holds a %sx%s window (run with -Dheadless.geometry=1600x1000-32, as "
                            + "the app pom's large-screen execution does)", screen.getWidth(), screen.getHeight(),
                            size[0], size[1])
                    .isTrue();
        }
        List<String> cut = new ArrayList<>();
        List<String> overflow = new ArrayList<>();
        boolean signedIn = false;
        for (double[] size : SIZES) {
            String at = language.code() + "-" + (int) size[0] + "x" + (int) size[1];
            resize(size[0], size[1]);
            if (!signedIn) {
                fire("#signin-language-" + language.code());
                cut.addAll(check(at + "-signin"));
                desk.robot.interact(() -> desk.robot.lookup("#signin-login").queryAs(TextInputControl.class)
                        .requestFocus());
                desk.type("admin");
                desk.key(KeyCode.TAB);
                desk.type(ADMIN_PASSWORD);
                desk.key(KeyCode.ENTER);
                WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> desk.robot.lookup("#nav-operators").tryQuery()
                        .map(Node::isVisible).orElse(false));
                fire("#language-" + language.code());
                signedIn = true;
            }
            for (Destination page : Destination.values()) {
                fire("#" + page.nodeId());
                cut.addAll(check(at + "-" + page.name().toLowerCase(Locale.ROOT)));
            }
            fire("#nav-new-application");
            if (desk.robot.lookup("#intake-ticket-input").tryQuery().map(Node::isVisible).orElse(false)) {
                desk.robot.interact(() -> desk.robot.lookup("#intake-ticket-input").query().requestFocus());
                desk.startService("A-" + (int) size[0], 0);
            }
            int steps = desk.stepCount();
            for (int step = 1; step <= steps; step++) {
                desk.openStep(step);
                cut.addAll(check(at + "-step-" + step));
            }
            ScrollPane list = desk.robot.lookup("#intake-steps").queryAs(ScrollPane.class);
            if (list.getContent().getBoundsInLocal().getHeight() > list.getViewportBounds().getHeight() + 0.5) {
                overflow.add(at + ": the step list is " + list.getContent().getBoundsInLocal().getHeight()
                        + " high in a viewport of " + list.getViewportBounds().getHeight());
            }
            desk.robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "signin-password".equals(desk.focusedId()));
            cut.addAll(check(at + "-locked"));
            desk.type(ADMIN_PASSWORD);
            desk.key(KeyCode.ENTER);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> desk.robot.lookup("#intake-steps").tryQuery()
                    .map(Node::isVisible).orElse(false));
        }
        // The lowest window: the list scrolls now, the open step is scrolled into sight, and the
        // scroll bar makes the titles wrap once more instead of cutting them.
        resize(LOW[0], LOW[1]);
        ScrollPane list = desk.robot.lookup("#intake-steps").queryAs(ScrollPane.class);
        int steps = desk.stepCount();
        List<String> hidden = new ArrayList<>();
        for (int step : new int[] {steps, 1, steps - 3}) {
            desk.openStep(step);
            String at = language.code() + "-" + (int) LOW[0] + "x" + (int) LOW[1] + "-step-" + step;
            cut.addAll(check(at));
            Node open = desk.robot.lookup("#intake-step-" + step).query();
            Bounds viewport = list.localToScene(list.getBoundsInLocal());
            Bounds shown = open.localToScene(open.getBoundsInLocal());
            if (shown.getMinY() < viewport.getMinY() - 0.5 || shown.getMaxY() > viewport.getMaxY() + 0.5) {
                hidden.add(at);
            }
        }
        assertThat(list.getContent().getBoundsInLocal().getHeight()).as("the step list scrolls at %sx%s", LOW[0],
                LOW[1]).isGreaterThan(list.getViewportBounds().getHeight());
        assertThat(cut).as("texts cut on %s screens", language).isEmpty();
        assertThat(overflow).as("the wizard's step list fits without scrolling").isEmpty();
        assertThat(hidden).as("the open step in sight in the scrolling step list").isEmpty();
    }

    private void resize(double width, double height) {
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        desk.robot.interact(() -> {
            stage.setMaximized(false);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void fire(String query) {
        desk.robot.interact(() -> ((ButtonBase) desk.robot.lookup(query).match(Node::isVisible).query()).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Saves the screen and returns every text on it that is cut to "…", with where it was seen. */
    private List<String> check(String where) {
        WaitForAsyncUtils.waitForFxEvents();
        desk.shot("../page-shots/" + where);
        TreeSet<String> found = new TreeSet<>();
        desk.robot.interact(() -> desk.robot.listTargetWindows().stream().filter(w -> w.isShowing()
                && w.getScene() != null).forEach(w -> collect(w.getScene().getRoot(), where, found)));
        return List.copyOf(found);
    }

    private static void collect(Node node, String where, TreeSet<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            for (Node child : l.getChildrenUnmodifiable()) {
                if (child instanceof Text shown && !shown.getText().equals(l.getText())
                        && shown.getText().endsWith(l.getEllipsisString())) {
                    found.add(where + ": «" + l.getText() + "» shown as «" + shown.getText() + "»");
                }
            }
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, where, found));
        }
    }
}
