package kz.qabyldau.app.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue #15: a service's name on the per-service chart is wrapped between words, every word kept, never cut. */
class ChartLabelsTest {

    @Test
    void aLongNameIsWrappedBetweenWordsAndKeptWhole() {
        String name = "Уведомление о расторжении трудового договора с трудовым иммигрантом";
        String shown = ReportsView.wrapped(name, ReportsView.LINE_LENGTH);
        assertThat(shown.replace('\n', ' ')).isEqualTo(name);
        assertThat(shown.lines()).hasSizeGreaterThan(1).allSatisfy(line ->
                assertThat(line.length()).isLessThanOrEqualTo(ReportsView.LINE_LENGTH));
        assertThat(shown).doesNotContain("…");
    }

    @Test
    void aShortNameStaysOnOneLine() {
        assertThat(ReportsView.wrapped("Продление справки", 28)).isEqualTo("Продление справки");
    }

    @Test
    void aWordLongerThanALineStandsWholeOnItsOwnLine() {
        assertThat(ReportsView.wrapped("ҚР Біліктілігініңсәйкестігітуралыанықтама беру", 12))
                .isEqualTo("ҚР\nБіліктілігініңсәйкестігітуралыанықтама\nберу");
    }

    @Test
    void spacesAroundAndBetweenWordsAreTidied() {
        assertThat(ReportsView.wrapped("  Выдача   разрешения трудовому иммигранту ", 20))
                .isEqualTo("Выдача разрешения\nтрудовому иммигранту");
    }
}
