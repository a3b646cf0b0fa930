package kz.qabyldau.app.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.EnumSource.Mode;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.i18n.Language;
import kz.qabyldau.app.ui.LoggingReset;
import kz.qabyldau.app.ui.shell.Destination;

/**
 * Issue #12: every text a clerk sees in Kazakh or Russian comes from the bundles — no internal id
 * ({@code borderCrossingOn}, {@code applicant.surname}) and no English citation ({@code App. 2, 1.2}). Walks every
 * page, and every step of a permit issue with each document ticked but no date typed yet (the messages that once
 * named the date by its id), and reads every label, button and prompt on screen.
 */
class DeskScreensTest {

    /** camelCase (an id of a field, date or rule), a dotted key, or the definitions' English citation notation. */
    private static final Pattern NOT_FOR_THE_CLERK = Pattern.compile(
            "\\b[a-z]+[A-Z][A-Za-z]*\\b|\\b[a-z]+\\.[a-z]+[A-Za-z.]*\\b|\\bApp\\.|\\bAppendix\\b|\\bp\\.\\s?\\d"
                    + "|\\bground \\d");

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
    void noIdOrEnglishReferenceOnAnyScreen(Language language) throws TimeoutException {
        desk = new Desk(dataDir);
        desk.configureOffice(language.code());
        desk.start();
        List<String> found = new ArrayList<>();
        for (Destination page : Destination.values()) {
            desk.robot.interact(() -> ((ButtonBase) desk.robot.lookup("#" + page.nodeId()).query()).fire());
            found.addAll(offending(page.name()));
        }
        desk.robot.interact(() -> ((ButtonBase) desk.robot.lookup("#nav-new-application").query()).fire());
        desk.startService("A-1", 0);
        int steps = desk.stepCount();
        for (int step = 1; step <= steps; step++) {
            desk.openStep(step);
            if (step == steps - 1) {
                // Every document ticked as presented, no date typed: the verdict asks for each date by name.
                desk.robot.interact(() -> desk.robot.lookup(n -> n instanceof CheckBox c
                        && c.getId() != null && c.getId().endsWith("-presented")).queryAll()
                        .forEach(c -> ((CheckBox) c).setSelected(true)));
            }
            found.addAll(offending("step " + step));
        }
        assertThat(found).as("texts on %s screens", language).isEmpty();
    }

    /** What the scene shows that is not for a clerk, each with where it was seen. */
    private List<String> offending(String where) {
        List<String> texts = new ArrayList<>();
        desk.robot.interact(() -> desk.robot.listTargetWindows().stream().filter(w -> w.isShowing()
                && w.getScene() != null).forEach(w -> collect(w.getScene().getRoot(), texts)));
        TreeSet<String> bad = new TreeSet<>();
        for (String text : texts) {
            Matcher m = NOT_FOR_THE_CLERK.matcher(text);
            while (m.find()) {
                bad.add(where + ": «" + m.group() + "» in «" + text + "»");
            }
        }
        return List.copyOf(bad);
    }

    private static void collect(Node node, List<String> texts) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null) {
            texts.add(l.getText());
        }
        if (node instanceof TextInputControl t && t.getPromptText() != null) {
            texts.add(t.getPromptText());
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, texts));
        }
    }

}
