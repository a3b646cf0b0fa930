package kz.qabyldau.app.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.matcher.base.NodeMatchers;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.i18n.Language;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.applications.ApplicationStore;
import kz.qabyldau.app.ui.LoggingReset;
import javafx.scene.Node;

/**
 * Nothing typed is lost: the real workstation in its own process, killed with SIGKILL while the clerk types, is
 * started again: it says the draft was restored, opens the drafts list on request, and the draft resumes with what
 * was typed — at most the field being typed is missing its last letters.
 */
class DraftAfterKillTest {

    private static final int LETTERS_BEFORE_KILL = 5;

    @TempDir
    Path temp;

    private Desk desk;

    @AfterEach
    void stop() throws TimeoutException {
        if (desk != null) {
            desk.stop();
        }
        LoggingReset.restoreDefault();
    }

    @Test
    void aDraftTypedWhenTheWorkstationWasKilledIsRestoredAndResumed() throws Exception {
        Path data = temp.resolve("data");
        Files.createDirectories(data);
        desk = new Desk(data);
        desk.configureOffice(Language.RU.code());

        Path stderr = temp.resolve("child.err");
        Process child = TypingDeskProcess.start(data, stderr);
        int typed = 0;
        boolean saved = false;
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8));
            String line;
            while (typed < LETTERS_BEFORE_KILL && (line = lines.readLine()) != null) {
                if (line.equals("saved")) {
                    saved = true;
                } else if (line.startsWith("typed ")) {
                    typed = Integer.parseInt(line.substring("typed ".length()));
                }
            }
        } finally {
            child.destroyForcibly(); // SIGKILL on Unix: mid-typing, no shutdown hook, no end of session
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(saved && typed == LETTERS_BEFORE_KILL)
                .as("the child typed before being killed: %s", Files.readString(stderr)).isTrue();

        desk.start();

        // The notice, then the drafts list on request.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> desk.robot.lookup("Открыть черновики")
                .match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        assertThat(desk.robot.lookup(".q-dialog-message").queryLabeled().getText())
                .contains("Восстановлено черновиков: 1");
        desk.shot("ru-restored-notice");
        desk.robot.clickOn(desk.robot.lookup("Открыть черновики").match(NodeQueryUtils.isVisible())
                .<Node>query());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !desk.robot.lookup("#drafts-table")
                .queryAs(TableView.class).getItems().isEmpty());
        desk.shot("ru-drafts");
        // The focus is in the page's work, not on the header's language switch.
        assertThat(desk.focusedId()).isEqualTo("drafts-search");
        TableView<?> table = desk.robot.lookup("#drafts-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);
        desk.robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        desk.key(KeyCode.ENTER);

        // The wizard on the draft: the saved field whole, the field being typed at most a beginning.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> desk.robot.lookup("#field-provider-code").tryQuery().isPresent());
        assertThat(desk.robot.lookup("#intake-ticket").queryLabeled().getText()).contains("K-1");
        assertThat(desk.robot.lookup("#field-provider-code").queryAs(TextField.class).getText())
                .isEqualTo(TypingDeskProcess.PROVIDER_CODE);
        desk.alt(KeyCode.DIGIT2);
        String surname = desk.robot.lookup("#field-applicant-surname").queryAs(TextField.class).getText();
        assertThat(TypingDeskProcess.SURNAME).startsWith(surname);
        assertThat(surname.length()).isLessThanOrEqualTo(LETTERS_BEFORE_KILL + 1);
        desk.shot("ru-resumed");
        assertThat(desk.robot.lookup("#field-applicant-surname").match(NodeMatchers.isVisible()).tryQuery())
                .isPresent();
    }

    @Test
    void afterTheRestoredNoticeAnsweredLaterTheTicketHasTheFocus() throws Exception {
        desk = new Desk(temp);
        desk.configureOffice(Language.RU.code());
        // A draft open when the workstation stopped without ending its session (as after a kill).
        Database database = Database.open(DataFolder.at(temp, false));
        ApplicationStore.open(database, false).drafts().create("permit.issue", "L-1", "Айгүл Сейітова");
        database.close();

        desk.start();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> desk.robot.lookup("Позже")
                .match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        desk.robot.clickOn(desk.robot.lookup("Позже").match(NodeQueryUtils.isVisible()).<Node>query());

        assertThat(desk.focusedId()).isEqualTo("intake-ticket-input");
        desk.type("L-2");
        assertThat(desk.text("#intake-ticket-input")).isEqualTo("L-2");
    }

    @Test
    void closingTheWindowRightAfterTypingLosesNothing() throws Exception {
        desk = new Desk(temp);
        desk.configureOffice(Language.RU.code());
        desk.start();
        desk.startService("Z-2", 0);
        desk.key(KeyCode.ENTER);
        desk.type("KZ-999"); // and the window is closed at once, before the clerk's pause would save it

        desk.stop();
        desk.start();

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(desk.robot.lookup("Открыть черновики").tryQuery()).as("a clean exit restores nothing").isEmpty();
        desk.robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !desk.robot.lookup("#drafts-table")
                .queryAs(TableView.class).getItems().isEmpty());
        TableView<?> table = desk.robot.lookup("#drafts-table").queryAs(TableView.class);
        desk.robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        desk.key(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> desk.robot.lookup("#field-provider-code").tryQuery().isPresent());
        assertThat(desk.robot.lookup("#field-provider-code").queryAs(TextField.class).getText()).isEqualTo("KZ-999");
    }
}
