package kz.qabyldau.app.ui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.i18n.Language;
import kz.qabyldau.forms.application.PresentedDocument;
import java.util.List;

/** The passport's zone fills the application, or says exactly which check digit failed and fills nothing. */
class MrzReaderTest {

    private static final String ZONE = IntakeFixture.PASSPORT_LINE_1 + "\n" + IntakeFixture.PASSPORT_LINE_2;

    @TempDir
    Path folder;

    private IntakeFixture fixture;

    @BeforeEach
    void open() {
        fixture = new IntakeFixture(folder);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private MrzReader reader(IntakeSession session) {
        return new MrzReader(session, fixture.clock, fixture.i18n);
    }

    @Test
    void aPassportFillsLatinNameNumberCitizenshipAndBirthDate() {
        IntakeSession session = fixture.start("permit.issue");

        assertThat(reader(session).read(ZONE)).isTrue();

        assertThat(session.application().get().fields())
                .containsEntry("applicant.latinName", "KARIMOV ALISHER")
                .containsEntry("applicant.document.number", "FA1234567")
                .containsEntry("applicant.citizenship", "UZB")
                .containsEntry("applicant.birthDate", "1990-03-12");
    }

    @Test
    void thePassportsExpiryGoesToThePassportEntryKeepingItsOtherDates() {
        IntakeSession session = fixture.start("permit.issue");
        LocalDate crossed = LocalDate.of(2026, 1, 20);
        session.setDocument(new PresentedDocument("passport", true, null, null, null, crossed, List.of()));

        reader(session).read(ZONE);

        PresentedDocument passport = session.application().get().document("passport").orElseThrow();
        assertThat(passport.validUntil()).isEqualTo(LocalDate.of(2030, 2, 1));
        assertThat(passport.borderCrossingOn()).isEqualTo(crossed);
    }

    @Test
    void onlyFieldsTheServiceDeclaresAreFilled() {
        // The termination notice has no Latin name, birth date or citizenship: none is invented.
        IntakeSession session = fixture.start("permit.termination");

        reader(session).read(ZONE);

        assertThat(session.application().get().fields()).doesNotContainKeys("applicant.latinName",
                "applicant.birthDate", "applicant.citizenship", "applicant.sex");
        assertThat(session.application().get().document("passport")).isEmpty();
    }

    @Test
    void whatWasReadIsShownToCompareWithTheDocument() {
        MrzReader reader = reader(fixture.start("permit.issue"));

        reader.read(ZONE);

        assertThat(reader.failedProperty().get()).isFalse();
        assertThat(reader.messageProperty().get()).isEqualTo("Считано: KARIMOV ALISHER · № FA1234567 · UZB · "
                + "род. 12.03.1990 · мужской · действителен до 01.02.2030. Сверьте с документом.");
    }

    @Test
    void aWrongCheckDigitIsNamedInTheClerksLanguageAndNothingIsFilled() {
        IntakeSession session = fixture.start("permit.issue");
        MrzReader reader = reader(session);

        boolean read = reader.read(IntakeFixture.PASSPORT_LINE_1 + "\n" + IntakeFixture.PASSPORT_LINE_2_BAD_NUMBER);

        assertThat(read).isFalse();
        assertThat(reader.failedProperty().get()).isTrue();
        assertThat(reader.messageProperty().get()).isEqualTo(
                "Неверная контрольная цифра номера документа: ожидалась 3, прочитано 4.");
        assertThat(session.application().get().fields()).doesNotContainKey("applicant.document.number");
    }

    @Test
    void theReasonFollowsTheInterfaceLanguage() {
        fixture.i18n.languageProperty().set(Language.KK);
        MrzReader reader = reader(fixture.start("permit.issue"));

        reader.read(IntakeFixture.PASSPORT_LINE_1 + "\n" + IntakeFixture.PASSPORT_LINE_2_BAD_NUMBER);

        assertThat(reader.messageProperty().get()).contains("3").contains("4").containsPattern("[әғқңөұүһі]");
    }
}
