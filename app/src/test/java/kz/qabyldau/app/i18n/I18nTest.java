package kz.qabyldau.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.binding.StringBinding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class I18nTest {

    @Test
    void boundTextFollowsTheLanguage() {
        I18n i18n = new I18n(Language.KK);
        StringBinding settings = i18n.text("nav.settings");
        assertThat(settings.get()).isEqualTo("Баптаулар");

        i18n.languageProperty().set(Language.RU);
        assertThat(settings.get()).isEqualTo("Настройки");

        i18n.languageProperty().set(Language.EN);
        assertThat(settings.get()).isEqualTo("Settings");
    }

    @Test
    void placeholdersAreFilledInEveryLanguage() {
        I18n i18n = new I18n(Language.RU);

        assertThat(i18n.get("header.waiting", 4)).isEqualTo("Ожидают отправки: 4");
        assertThat(i18n.in(Language.KK, "header.waiting", 4)).isEqualTo("Жіберуді күтуде: 4");
    }

    @Test
    void apostrophesNeedNoEscaping() {
        assertThat(I18n.fill("Clerk's name: {0}", "Айгүл")).isEqualTo("Clerk's name: Айгүл");
    }

    @Test
    void unknownKeyShowsTheKeyRatherThanFailing() {
        assertThat(new I18n(Language.EN).get("no.such.key")).isEqualTo("no.such.key");
    }

    @ParameterizedTest
    @CsvSource({"kk, KK", "ru, RU", "en, EN", "RU, RU", "' en ', EN", "de, KK", "'', KK"})
    void storedCodeSelectsTheLanguageAndUnknownCodesFallBackToKazakh(String code, Language expected) {
        assertThat(Language.fromCode(code)).isEqualTo(expected);
    }
}
