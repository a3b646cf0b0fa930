package kz.qabyldau.app.ui;

import java.util.Objects;
import java.util.function.Function;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.store.operators.Operator;
import kz.qabyldau.app.ui.common.BackgroundTask;
import kz.qabyldau.app.ui.common.TaskExecutor;
import kz.qabyldau.app.ui.operators.IdleLock;
import kz.qabyldau.app.ui.operators.OperatorSession;
import kz.qabyldau.app.ui.operators.SignInView;
import kz.qabyldau.app.ui.operators.SignInViewModel;
import kz.qabyldau.app.ui.shell.Workbench;

/**
 * A real office's window between the sign-in screen and the work: the first administrator or a sign-in
 * opens the workbench; Ctrl+L or the idle time saves the open draft and locks; the same operator unlocks
 * to the very same workbench (the draft where it was), another operator gets a new workbench, so the
 * first one's open application (saved, in the office's drafts) is never on the second one's screen.
 */
final class OperatorWindow {

    private static final Logger LOG = LoggerFactory.getLogger(OperatorWindow.class);

    private final Scene scene;
    private final OperatorSession session;
    private final TaskExecutor executor;
    private final Function<Operator, Workbench> newWorkbench;
    private final Runnable firstSignIn;
    private final SignInViewModel signIn;
    private final SignInView signInView;
    private final IdleLock idle;
    private Workbench workbench;
    private String workbenchOf;
    /** Where the operator's cursor was when the screen locked: they unlock to the same field, the same caret. */
    private Node focusAtLock;
    private int caretAtLock;
    private int anchorAtLock;
    private boolean started;
    /**
     * The scene's one root, holding the sign-in screen or a workbench: the validation decorations wrap the scene's
     * root once, and would keep a root that was taken out of the scene as their child.
     */
    private final StackPane screen = new StackPane();

    /**
     * @param newWorkbench builds the pages for the operator who just signed in
     * @param firstSignIn  what waits until the first operator signs in (the sync, the integrity check)
     * @param idleTimers   what counts the idle time (the animation clock; in tests a clock moved by hand)
     */
    OperatorWindow(Scene scene, OperatorSession session, TaskExecutor executor, I18n i18n,
                   Function<Operator, Workbench> newWorkbench, Runnable firstSignIn, IdleLock.Timers idleTimers) {
        this.scene = Objects.requireNonNull(scene);
        this.session = Objects.requireNonNull(session);
        this.executor = Objects.requireNonNull(executor);
        this.newWorkbench = Objects.requireNonNull(newWorkbench);
        this.firstSignIn = Objects.requireNonNull(firstSignIn);
        signIn = new SignInViewModel(session, executor, i18n, this::signedIn);
        signInView = new SignInView(signIn, i18n);
        idle = new IdleLock(scene, session.idleLock(), () -> lock(true), idleTimers);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN),
                () -> lock(false));
    }

    /** Shows the sign-in (or first administrator) screen. */
    void show() {
        scene.setRoot(screen);
        showOnly(signInView.root());
        signInView.focusFirstField();
    }

    /** The workbench on screen now, if anyone is signed in (the window saves its draft when closing). */
    Workbench workbench() {
        return workbench;
    }

    private void signedIn(Operator operator) {
        if (workbench == null || !operator.login().equals(workbenchOf)) {
            if (workbench != null) {
                // Saved already when the screen locked; once more in case a save was still waiting.
                workbench.saveOpenWork();
            }
            workbench = newWorkbench.apply(operator);
            workbenchOf = operator.login();
            workbench.window().installShortcuts(scene);
        }
        showOnly(workbench.window().root());
        restoreFocus();
        idle.start();
        if (!started) {
            started = true;
            firstSignIn.run();
        }
    }

    /**
     * The cursor back where the operator left it, if this is their workbench and the field is still on it (another
     * operator's workbench, or a first sign-in, starts at the page's work).
     */
    private void restoreFocus() {
        Node back = focusAtLock;
        focusAtLock = null;
        if (back == null || back.getScene() != scene || !isIn(back, workbench.window().root())) {
            workbench.window().focusPage();
            return;
        }
        back.requestFocus();
        if (back instanceof TextInputControl field) {
            // A field that takes the focus selects its text: the caret goes back after that.
            int caret = Math.min(caretAtLock, field.getLength());
            int anchor = Math.min(anchorAtLock, field.getLength());
            Platform.runLater(() -> field.selectRange(anchor, caret));
        }
    }

    private static boolean isIn(Node node, Parent root) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == root) {
                return true;
            }
        }
        return false;
    }

    private void showOnly(Parent shown) {
        screen.getChildren().setAll(shown);
    }

    /** Saves the open draft first, then shows the locked screen. */
    void lock(boolean afterIdleTime) {
        if (workbench == null || screen.getChildren().contains(signInView.root())) {
            return;
        }
        Operator who = session.current().orElseThrow();
        focusAtLock = scene.getFocusOwner();
        if (focusAtLock instanceof TextInputControl field) {
            caretAtLock = field.getCaretPosition();
            anchorAtLock = field.getAnchor();
        }
        workbench.saveOpenWork();
        idle.stop();
        signIn.lock(who);
        showOnly(signInView.root());
        signInView.focusFirstField();
        BackgroundTask.wrap(() -> session.operators().recordScreenLocked(afterIdleTime))
                .onFailure(error -> LOG.warn("Could not record the screen lock", error))
                .executeWith(executor);
    }
}
