package kz.qabyldau.app.ui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.i18n.Language;
import kz.qabyldau.forms.application.ApplicationFormatException;
import kz.qabyldau.forms.application.ApplicationJson;
import kz.qabyldau.forms.service.FieldType;
import kz.qabyldau.forms.service.ServiceCatalog;
import kz.qabyldau.forms.verdict.Verdict;
import kz.qabyldau.forms.verdict.Verdicts;

/** Every date, figure and enum value the law core can show on the desk has a name in kk and ru, never its id. */
class IntakeTextsTest {

    private static final Path EXAMPLES = Path.of("..", "docs", "examples");

    private static List<Verdict> verdictsOfEveryExample() throws IOException, ApplicationFormatException {
        Verdicts judge = Verdicts.bundled();
        List<Verdict> verdicts = new ArrayList<>();
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            for (Path p : files.filter(f -> !f.getFileName().toString().startsWith("print-")).toList()) {
                var application = ApplicationJson.read(Files.readString(p));
                verdicts.add(judge.evaluate(application, application.filedAt()));
            }
        }
        return verdicts;
    }

    @Test
    void everyDateAndFigureOfTheExamplesHasAName() throws Exception {
        List<Verdict> verdicts = verdictsOfEveryExample();
        assertThat(verdicts).anySatisfy(v -> assertThat(v.figures()).containsKey("monthsFromDates"));
        for (Language lang : List.of(Language.KK, Language.RU)) {
            I18n i18n = new I18n(lang);
            for (Verdict v : verdicts) {
                v.dates().keySet().forEach(name -> assertThat(IntakeTexts.dateName(i18n, name)).as(name)
                        .isNotEqualTo(name));
                v.figures().keySet().forEach(name -> assertThat(IntakeTexts.figureName(i18n, name)).as(name)
                        .isNotEqualTo(name));
            }
        }
    }

    @Test
    void enumValuesAreNamedFromTheirDefinitionCapitalised() {
        var status = ServiceCatalog.loadBundled().versions("permit.issue").get(0).field("applicant.family.status")
                .orElseThrow();
        assertThat(status.type()).isEqualTo(FieldType.ENUM);

        assertThat(IntakeTexts.value(new I18n(Language.RU), status, "married")).isEqualTo("Женат / замужем");
        assertThat(IntakeTexts.value(new I18n(Language.KK), status, "widowed")).isEqualTo("Жесір");
        assertThat(IntakeTexts.value(new I18n(Language.KK), status, "unknown-code")).isEqualTo("unknown-code");
    }
}
