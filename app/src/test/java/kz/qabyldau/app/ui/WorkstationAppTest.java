package kz.qabyldau.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

import kz.qabyldau.app.ui.common.Styles;
import kz.qabyldau.app.ui.settings.RegionOption;
import kz.qabyldau.app.ui.shell.Destination;

/**
 * The real workstation, headless, on a temporary data folder: first start in training mode,
 * language switch, every page, Settings saved; a second start sees the settings.
 */
class WorkstationAppTest {

    private static final String ASTANA = "710000000";

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

    private void start() throws TimeoutException {
        app = FxToolkit.setupApplication(WorkstationApp.class, "--data-dir", dataDir.toString());
        // The loading view is replaced by the main window once the database is open: wait until the
        // navigation is in a showing window, or a click may land on a node whose scene is gone.
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#nav-settings").tryQuery()
                .filter(n -> n.getScene() != null && n.getScene().getWindow() != null
                        && n.getScene().getWindow().isShowing() && n.isVisible())
                .isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void stop() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        app = null;
    }

    private String text(String query) {
        Node node = robot.lookup(query).query();
        return ((Label) node).getText();
    }

    /** The heading of the page now open in the content area. */
    private String pageTitle() {
        return robot.lookup("." + Styles.CONTENT + " ." + Styles.PAGE_TITLE).queryAs(Label.class).getText();
    }

    private void setText(String query, String value) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.interact(() -> field.setText(value));
    }

    @Test
    void firstStartTrainsSwitchesLanguageVisitsEveryPageAndSavesSettingsForTheNextStart() throws Exception {
        start();

        // First start: no office, so training mode, in Kazakh.
        assertThat(robot.lookup("#training-banner").query().isVisible()).isTrue();
        assertThat(robot.lookup("#training-banner .label").<Label>queryAll().stream().map(Label::getText))
                .contains("ОҚУ РЕЖИМІ");
        assertThat(text("#header-office")).isEqualTo("Бөлім бапталмаған");
        assertThat(text("#header-waiting")).isEqualTo("Жіберуді күтуде: 0");

        // Switch to Russian from the header: every visible text follows.
        robot.clickOn("#language-ru");
        assertThat(text("#header-office")).isEqualTo("Отделение не настроено");
        assertThat(robot.lookup("#training-banner .label").<Label>queryAll().stream().map(Label::getText))
                .contains("УЧЕБНЫЙ РЕЖИМ");

        // Every page by mouse, each with its own heading.
        Map<Destination, String> headings = new EnumMap<>(Map.of(
                Destination.NEW_APPLICATION, "Новое заявление", Destination.DRAFTS, "Черновики",
                Destination.OUTBOX, "Очередь отправки", Destination.HANDOUT, "Выдача",
                Destination.SEARCH, "Поиск", Destination.SETTINGS, "Настройки",
                Destination.AUDIT, "Журнал аудита", Destination.TODAY, "Сегодня", Destination.REPORTS, "Отчёты",
                Destination.OPERATORS, "Операторы"));
        for (Destination d : Destination.values()) {
            robot.clickOn("#" + d.nodeId());
            assertThat(pageTitle()).isEqualTo(headings.get(d));
            assertThat(robot.lookup("#" + d.nodeId()).queryAs(ToggleButton.class).isSelected()).isTrue();
        }
        // And by keyboard.
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        assertThat(pageTitle()).isEqualTo("Черновики");
        assertThat(robot.lookup(".label").<Label>queryAll().stream().map(Label::getText))
                .contains("Черновиков пока нет");

        // Settings: fill in an office and save.
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        setText("#settings-office-name", "ХҚКО №2 Астана");
        setText("#settings-provider", "Астана қаласының әкімдігі");
        ComboBox<RegionOption> region = robot.lookup("#settings-region").queryComboBox();
        robot.interact(() -> region.setValue(region.getItems().stream()
                .filter(r -> r.code().equals(ASTANA)).findFirst().orElseThrow()));
        // Below the fold on a small screen: the keyboard reaches it, and the form scrolls to it.
        TextField clerk = robot.lookup("#settings-clerk-name").queryAs(TextField.class);
        robot.interact(clerk::requestFocus);
        robot.write("Айгүл");
        assertThat(robot.lookup("#settings-clerk-name").queryAs(TextField.class).getText()).isEqualTo("Айгүл");
        setText("#settings-central-url", "http://central.example.kz");
        assertThat(robot.lookup(".label").<Label>queryAll().stream().map(Label::getText))
                .anyMatch(t -> t.startsWith("Используйте https://"));
        setText("#settings-central-url", "https://central.example.kz");
        robot.clickOn("#settings-save");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Настройки сохранены.".equals(text("#settings-status")));
        assertThat(text("#header-office")).isEqualTo("ХҚКО №2 Астана");
        assertThat(text("#header-clerk")).isEqualTo("Сотрудник: Айгүл");

        stop();
        start();

        // The second start remembers the language and the settings; the office is configured now.
        assertThat(text("#header-office")).isEqualTo("ХҚКО №2 Астана");
        assertThat(robot.lookup("#training-banner").query().isVisible()).isFalse();
        robot.clickOn("#nav-settings");
        assertThat(robot.lookup("#settings-office-name").queryAs(TextField.class).getText())
                .isEqualTo("ХҚКО №2 Астана");
        assertThat(robot.lookup("#settings-clerk-name").queryAs(TextField.class).getText()).isEqualTo("Айгүл");
        assertThat(robot.lookup("#settings-central-url").queryAs(TextField.class).getText())
                .isEqualTo("https://central.example.kz");
        assertThat(text("#header-clerk")).isEqualTo("Сотрудник: Айгүл");
        assertThat(robot.lookup("#settings-region").queryComboBox().getValue())
                .extracting(r -> ((RegionOption) r).code()).isEqualTo(ASTANA);
    }

    @Test
    void anUncaughtErrorOnTheFxThreadGivesTheClerkAShortMessageWithTheLogFile() throws Exception {
        start();

        Platform.runLater(() -> {
            throw new IllegalStateException("programming error (test)");
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("." + Styles.DIALOG_MESSAGE).tryQuery().isPresent());

        String message = robot.lookup("." + Styles.DIALOG_MESSAGE).queryAs(Label.class).getText();
        assertThat(message).startsWith("Qabyldau жұмысында қате орын алды.")
                .contains(dataDir.resolve("logs").resolve("qabyldau.log").toString())
                .doesNotContain("IllegalStateException", "programming error");
        // The dialog's label can be in the scene graph a pulse before its button is laid out.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("Жабу").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        robot.clickOn(robot.lookup("Жабу").match(NodeQueryUtils.isVisible()).<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("." + Styles.DIALOG_MESSAGE).tryQuery()).isEmpty();
        assertThat(Files.readString(dataDir.resolve("logs").resolve("qabyldau.log")))
                .contains("IllegalStateException: programming error (test)");
    }
}
