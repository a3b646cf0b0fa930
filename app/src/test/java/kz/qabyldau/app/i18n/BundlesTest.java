package kz.qabyldau.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.MissingResourceException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BundlesTest {

    private final Locale originalDefault = Locale.getDefault();

    @AfterEach
    void restoreDefaultLocale() {
        Locale.setDefault(originalDefault);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void eachLanguageLoadsItsOwnFileWhateverTheMachineLocale(Language language) {
        Locale.setDefault(Locale.ENGLISH);

        assertThat(Bundles.load(Bundles.UI, language).getLocale()).isEqualTo(language.locale());
    }

    @Test
    void kazakhOnAnEnglishMachineIsKazakh() {
        Locale.setDefault(Locale.US);

        assertThat(Bundles.load(Bundles.UI, Language.KK).getString("nav.settings")).isEqualTo("Баптаулар");
    }

    @Test
    void languageWithoutAFileFailsInsteadOfFallingBackToTheMachineLocale() {
        Locale.setDefault(Locale.forLanguageTag("ru"));

        assertThatThrownBy(() -> Bundles.load(Bundles.UI, Locale.GERMAN))
                .isInstanceOf(MissingResourceException.class);
    }

    @Test
    void textsAreReadAsUtf8() {
        assertThat(Bundles.load(Bundles.UI, Language.KK).getString("training.banner.title")).isEqualTo("ОҚУ РЕЖИМІ");
    }
}
