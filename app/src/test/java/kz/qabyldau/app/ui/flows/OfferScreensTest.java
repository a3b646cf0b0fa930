package kz.qabyldau.app.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.EnumSource.Mode;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import kz.qabyldau.app.i18n.Language;
import kz.qabyldau.app.ui.LoggingReset;
import kz.qabyldau.forms.service.Money;
import kz.qabyldau.forms.service.ServiceDefinition;

/**
 * Issue #13 on a 1366x768 screen, in Kazakh and Russian: the steps where the desk fills or offers what it knows —
 * the names in Cyrillic under the surname after the zone is read, the household's region from the office, the
 * country of residence, the temporary address as the household's, the expected prepayment, the passport's expiry on
 * the documents step — each offer in the clerk's language, whole on screen. The pictures go to
 * {@code target/intake-shots/offers-LANG-*.png} for a person to look at.
 */
class OfferScreensTest {

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
    void whatTheDeskKnowsIsOfferedInTheClerksLanguage(Language language) throws TimeoutException {
        desk = new Desk(dataDir);
        desk.configureOffice(language.code());
        desk.start();
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        desk.robot.interact(() -> {
            stage.setMaximized(false);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        WaitForAsyncUtils.waitForFxEvents();
        String lang = language.code();
        LocalDate today = LocalDate.now();
        ServiceDefinition definition = Desk.CATALOG.inForce("permit.issue", today).orElseThrow();
        desk.startService("A-1", 0);

        desk.openStep(2);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "intake-mrz".equals(desk.focusedId()));
        desk.readPassport();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(offer("applicant-surname")).contains("Каримов Алишер");
        desk.shot("offers-" + lang + "-1-labour-immigrant");

        Map<String, Object> v = new HashMap<>();
        v.put("employer.iin", "900101400013");
        v.put("household.locality", "Астана");
        v.put("household.street", "Кенесары");
        v.put("household.house", "40");
        v.put("household.flat", "12");
        v.put("request.months", "6");
        desk.fillDirectly(definition, v);

        desk.openStep(3);
        assertThat(shown("#field-employer-birthYear")).isEqualTo("1990");
        desk.shot("offers-" + lang + "-2-employer");
        desk.openStep(4);
        assertThat(shown("#field-household-region")).isEqualTo(Desk.region("710000000", language));
        desk.shot("offers-" + lang + "-3-household");
        desk.openStep(6);
        assertThat(shown("#field-applicant-abroad-country")).isEqualTo(Desk.country("UZB", language));
        desk.shot("offers-" + lang + "-4-abroad");
        desk.openStep(8);
        assertThat(offer("applicant-kzAddress")).contains("Астана, Кенесары 40");
        desk.shot("offers-" + lang + "-5-kz-address");
        desk.openStep(10);
        BigDecimal expected = new BigDecimal(Desk.expectedPrepayment(6, today));
        assertThat(offer("prepayment-amount")).contains(Money.tenge(expected, language.code())).contains("\u00a0");
        desk.shot("offers-" + lang + "-6-prepayment");
        desk.openStep(desk.stepCount() - 1);
        assertThat(shown("#documents-passport-validUntil")).isEqualTo("01.02.2030");
        desk.shot("offers-" + lang + "-7-documents");
    }

    private String offer(String field) {
        Label label = desk.robot.lookup("#intake-offer-" + field).queryAs(Label.class);
        assertThat(label.isVisible()).as(field).isTrue();
        // Whole on the 1366-pixel screen: the wrapped text fits its label.
        assertThat(label.getHeight()).as(field + " not cut").isGreaterThanOrEqualTo(
                label.prefHeight(label.getWidth()) - 0.5);
        return label.getText();
    }

    private String shown(String query) {
        return desk.robot.lookup(query).queryAs(TextField.class).getText();
    }
}
