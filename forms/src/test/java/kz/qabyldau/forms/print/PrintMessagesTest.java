package kz.qabyldau.forms.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every reason of a printing error has a message for the clerk in English, Kazakh and Russian. */
class PrintMessagesTest {

    private static Properties bundle(String lang) throws IOException {
        Properties p = new Properties();
        String name = "/qabyldau/i18n/print_" + lang + ".properties";
        try (InputStream in = PrintMessagesTest.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @EnumSource(FormPrintException.Reason.class)
    void everyReasonHasAMessageInEachLanguage(FormPrintException.Reason reason) throws IOException {
        for (String lang : new String[] {"en", "kk", "ru"}) {
            assertThat(bundle(lang).getProperty("print.error." + reason)).as(lang).isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru"})
    void theBundlesHaveTheSameKeys(String lang) throws IOException {
        assertThat(bundle(lang).keySet()).isEqualTo(bundle("en").keySet());
    }
}
