package kz.qabyldau.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The definitions' citations read in the clerk's language (issue #12). */
class LawReferencesTest {

    @Test
    void anItemOfAnAppendixInRussianAndKazakh() {
        assertThat(new LawReferences(new I18n(Language.RU)).of("App. 2, 1.2")).isEqualTo("прил. 2, п. 1.2");
        assertThat(new LawReferences(new I18n(Language.KK)).of("App. 2, 1.2")).isEqualTo("2-қосымша, 1.2-тармақ");
    }

    @Test
    void groundsRowsParagraphsAndSeveralParts() {
        LawReferences ru = new LawReferences(new I18n(Language.RU));
        assertThat(ru.of("App. 2, ground 3")).isEqualTo("прил. 2, основание 3");
        assertThat(ru.of("App. 2 row 3")).isEqualTo("прил. 2, строка 3");
        assertThat(ru.of("p.22-1")).isEqualTo("п. 22-1");
        assertThat(ru.of("App. 2, 1.4; p.17")).isEqualTo("прил. 2, п. 1.4; п. 17");
        assertThat(ru.of("Appendix 1")).isEqualTo("прил. 1");
    }

    @Test
    void anUnknownNotationIsShownAsWrittenNeverHidden() {
        assertThat(new LawReferences(new I18n(Language.RU)).of("Art. 5")).isEqualTo("Art. 5");
        assertThat(new LawReferences(new I18n(Language.RU)).of(null)).isEmpty();
    }
}
