package kz.qabyldau.app.ui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import kz.qabyldau.app.ui.Fixtures;
import kz.qabyldau.app.ui.common.RecordingDialogs;
import kz.qabyldau.app.ui.common.Theme;

/**
 * Smoke test of the intake page on screen, keyboard only: ticket, service, the first field focused, Enter moving on,
 * Alt+2 to the applicant's step, a passport zone typed by a reader filling the fields.
 */
class NewApplicationViewTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private IntakeFixture fixture;
    private NewApplicationViewModel model;

    @BeforeEach
    void show() throws TimeoutException {
        fixture = new IntakeFixture(folder);
        FxToolkit.registerPrimaryStage();
        model = new NewApplicationViewModel(fixture.sessions(), fixture.i18n, fixture.dialogs,
                Fixtures::configuredOffice);
        FxToolkit.setupStage(stage -> {
            NewApplicationView view = new NewApplicationView(model, fixture.i18n,
                    new PlaceNames(IntakeFixture.REFERENCE), IntakeStepFactory.none(), s -> Optional.empty(),
                    fixture.clock);
            Scene scene = new Scene(view.root(), 1200, 780);
            scene.getStylesheets().addAll(Theme.stylesheets());
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        fixture.close();
    }

    private Node focused() {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.listTargetWindows().get(0).getScene().getFocusOwner();
    }

    private void enter() {
        robot.type(KeyCode.ENTER);
    }

    @Test
    void aPermitIsStartedAndItsApplicantStepFilledFromThePassportWithTheKeyboardAlone() {
        assertThat(focused().getId()).isEqualTo("intake-ticket-input");
        robot.write("A-17");
        enter();
        enter(); // the first service, the permit issue, is preselected

        assertThat(robot.lookup("#intake-service-name").queryAs(Label.class).getText())
                .isEqualTo("Выдача разрешения трудовому иммигранту");
        assertThat(robot.lookup("#intake-ticket").queryAs(Label.class).getText()).isEqualTo("Талон A-17");
        // The provider comes from the office's settings; the first field has the focus.
        assertThat(focused().getId()).isEqualTo("field-provider-name");
        assertThat(((TextField) focused()).getText()).isEqualTo("Астана қаласының әкімдігі");
        enter();
        assertThat(focused().getId()).isEqualTo("field-provider-code");

        robot.press(KeyCode.ALT).type(KeyCode.DIGIT2).release(KeyCode.ALT);
        assertThat(focused().getId()).isEqualTo("intake-mrz");
        robot.write(IntakeFixture.PASSPORT_LINE_1);
        enter();
        robot.write(IntakeFixture.PASSPORT_LINE_2);
        enter();

        IntakeSession session = model.sessionProperty().get();
        assertThat(session.field("applicant.latinName")).isEqualTo("KARIMOV ALISHER");
        assertThat(session.field("applicant.birthDate")).isEqualTo("1990-03-12");
        assertThat(robot.lookup("#field-applicant-citizenship").queryAs(TextField.class).getText())
                .isEqualTo("Узбекистан");
        assertThat(robot.lookup("#field-applicant-document-number").queryAs(TextField.class).getText())
                .isEqualTo("FA1234567");
        // After the zone, the clerk goes on with the first field it could not fill.
        assertThat(focused().getId()).isEqualTo("field-applicant-surname");
        assertThat(robot.lookup("#intake-verdict-outcome").queryAs(Label.class).getText())
                .startsWith("В приёме нужно отказать");
        // The names are offered in Cyrillic from the zone: Enter takes them and goes to the first field still empty
        // (issue #13).
        assertThat(robot.lookup("#intake-offer-applicant-surname").queryAs(Label.class).getText())
                .contains("Каримов Алишер");
        enter();
        assertThat(session.field("applicant.surname")).isEqualTo("Каримов");
        assertThat(session.field("applicant.givenNames")).isEqualTo("Алишер");
        assertThat(focused().getId()).isEqualTo("field-applicant-birthPlace");
        // Passing the birthplace empty points it out (the first decoration wraps the scene) and the focus goes on.
        enter();
        assertThat(focused().getId()).isEqualTo("field-applicant-document-series");
        assertThat(robot.lookup(".q-field-error").<Label>queryAll()).extracting(Label::getText)
                .contains("Место рождения: обязательное поле");

        // Alt+0 puts the application aside: it stays a saved draft and the picker waits for the next applicant.
        robot.press(KeyCode.ALT).type(KeyCode.DIGIT0).release(KeyCode.ALT);
        assertThat(model.sessionProperty().get()).isNull();
        assertThat(focused().getId()).isEqualTo("intake-ticket-input");
        assertThat(fixture.store.drafts().find(session.draftId().get()).orElseThrow().application().fields())
                .containsEntry("applicant.document.number", "FA1234567");
    }

    @Test
    void f1ShowsTheOpenStepsRulesWithTheirParagraphsAndTheKeyboardMap() {
        robot.write("A-18");
        enter();
        enter();
        assertThat(focused().getId()).isEqualTo("field-provider-name");

        robot.press(KeyCode.ALT).type(KeyCode.DIGIT5).release(KeyCode.ALT); // the request: months, start, profession
        robot.type(KeyCode.F1);

        assertThat(fixture.dialogs.shown()).hasSize(1);
        RecordingDialogs.Shown help = fixture.dialogs.shown().get(0);
        assertThat(help.title()).isEqualTo("Справка — F1");
        assertThat(help.message()).contains("Что проверяется на шаге «Заявление»:",
                "• Запрашиваемый срок — от 1 до 12 месяцев — п. 19", "Клавиши",
                "Ctrl+O — добавить сканы к документу");
        // The step and its field keep the clerk's place.
        assertThat(focused().getId()).isEqualTo("field-request-months");
    }
}
