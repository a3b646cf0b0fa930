package kz.qabyldau.forms.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The identity bundle: same keys in kk, ru and en, and messages a clerk can read. */
class IdentityMessagesTest {

    private static Properties bundle(String lang) throws IOException {
        Properties p = new Properties();
        String name = "/qabyldau/i18n/identity_" + lang + ".properties";
        try (InputStream in = IdentityMessagesTest.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    static Stream<String> languages() {
        return Stream.of("kk", "ru");
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyKeyIsInEveryLanguage(String lang) throws IOException {
        assertThat(bundle(lang).stringPropertyNames()).isEqualTo(bundle("en").stringPropertyNames());
    }

    @Test
    void kazakhMessagesUseKazakhLetters() throws IOException {
        String all = String.join(" ", bundle("kk").values().stream().map(Object::toString).toList());
        assertThat(all).contains("ә", "ғ", "қ", "ң", "ө", "ұ", "і");
    }

    @Test
    void messageIsFormattedInTheClerksLanguage() {
        IdentifierException e = new IdentifierException("iin.checkDigit", 7, 8);
        assertThat(e.localizedMessage(new Locale("kk"))).contains("ЖСН").contains("7").contains("8");
        assertThat(e.localizedMessage(new Locale("ru"))).contains("ИИН").contains("7").contains("8");
        assertThat(e.getMessage()).isEqualTo("The IIN check digit is wrong (expected 7, found 8): check the number.");
    }

    @Test
    void anUnsupportedLanguageGetsEnglish() {
        assertThat(new IdentifierException("mrz.empty").localizedMessage(Locale.GERMAN))
                .isEqualTo("The machine-readable zone is empty.");
    }

    @Test
    void everyMrzCheckDigitFieldHasAMessage() throws IOException {
        Set<String> keys = bundle("en").stringPropertyNames();
        for (String field : new String[] {"documentNumber", "birthDate", "expiryDate", "personalNumber", "composite"}) {
            assertThat(keys).contains("mrz.checkDigit." + field);
        }
    }
}
