package kz.qabyldau.forms.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Form texts received later (issue #6): printed from their own effective date, checked like the bundled ones. */
class ReceivedFormTextsTest {

    private static final LocalDate FROM = LocalDate.of(2026, 7, 1);
    private static final String RECEIVED = "{\"form\": \"permit-app4\", \"language\": \"kk\", \"effectiveFrom\": \""
            + FROM + "\", \"blocks\": [{\"type\": \"title\", \"text\": \"Жаңа қолхат\"}]}";

    private final FormTexts texts = new FormTexts(day -> Map.of("permit-app4.kk", RECEIVED));

    @Test
    void app4_aReceivedTextIsUsedFromItsOwnEffectiveDate() {
        assertThat(texts.load("permit-app4", "kk", FROM).effectiveFrom()).isEqualTo(FROM);
    }

    @Test
    void app4_beforeItsOwnEffectiveDateTheBundledTextIsUsed() {
        assertThat(texts.load("permit-app4", "kk", FROM.minusDays(1)))
                .isEqualTo(new FormTexts().load("permit-app4", "kk"))
                .extracting(FormText::effectiveFrom).isNotEqualTo(FROM);
    }

    @Test
    void app4_theOtherLanguageKeepsTheBundledText() {
        assertThat(texts.load("permit-app4", "ru", FROM).language()).isEqualTo("ru");
    }

    @Test
    void aReceivedTextNamedForAnotherFormIsBroken() {
        assertThatThrownBy(() -> FormTexts.parseReceived(RECEIVED, "permit-app5.kk"))
                .isInstanceOf(FormPrintException.class).hasMessageContaining("permit-app4.kk");
    }

    @Test
    void aReceivedTextOfAnUnknownFormIsRefused() {
        assertThatThrownBy(() -> FormTexts.parseReceived(RECEIVED, "permit-app99.kk"))
                .isInstanceOf(FormPrintException.class).hasMessageContaining("unknown form");
    }
}
