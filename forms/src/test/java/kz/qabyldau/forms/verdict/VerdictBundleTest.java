package kz.qabyldau.forms.verdict;

import kz.qabyldau.forms.service.RuleSpec;
import kz.qabyldau.forms.service.ServiceCatalog;
import kz.qabyldau.forms.service.ServiceDefinition;
import kz.qabyldau.forms.service.ValidityRule;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The verdict bundle has every key in kk, ru and en, and a message for every warning code the data can raise. */
class VerdictBundleTest {

    /** Codes raised by the code itself rather than named in a definition. */
    private static final Set<String> CODE_RAISED = Set.of("CITIZENSHIP_EAEU", "CITIZENSHIP_NOT_ELIGIBLE",
            "PREPAYMENT_RATE_UNKNOWN", "CONTRACT_ENDS_BEFORE_EXTENSION", "IIN_SEX_MISMATCH");

    private static Properties bundle(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = VerdictBundleTest.class.getResourceAsStream("/qabyldau/i18n/verdict_" + language
                + ".properties")) {
            assertThat(in).as("verdict_" + language).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKeyIsInAllThreeLanguages() throws IOException {
        Set<Object> en = bundle("en").keySet();
        assertThat(bundle("kk").keySet()).isEqualTo(en);
        assertThat(bundle("ru").keySet()).isEqualTo(en);
    }

    @Test
    void kazakhTextsUseKazakhLetters() throws IOException {
        String all = String.join(" ", bundle("kk").values().stream().map(Object::toString).toList());
        assertThat(all).containsAnyOf("ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "і");
        assertThat(bundle("kk").getProperty("receipt.MISSING")).contains("ұсынылмаған");
    }

    @Test
    void everyWarningCodeTheDefinitionsCanRaiseHasAMessage() throws IOException {
        Properties en = bundle("en");
        ServiceCatalog catalog = ServiceCatalog.loadBundled();
        Set<String> codes = new TreeSet<>(CODE_RAISED);
        for (String service : catalog.services()) {
            for (ServiceDefinition d : catalog.versions(service)) {
                for (RuleSpec r : d.rules()) {
                    Stream.of(r.warning(), r.warningEarly(), r.warningLate()).filter(c -> c != null)
                            .forEach(codes::add);
                }
                d.documents().forEach(doc -> doc.validity().stream().map(ValidityRule::warning)
                        .filter(c -> c != null).forEach(codes::add));
            }
        }
        assertThat(codes).hasSizeGreaterThan(10);
        for (String code : codes) {
            assertThat(en.getProperty("warning." + code)).as("warning." + code).isNotBlank();
        }
    }
}
