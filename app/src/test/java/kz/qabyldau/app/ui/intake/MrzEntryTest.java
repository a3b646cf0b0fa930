package kz.qabyldau.app.ui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When the MRZ field holds a whole zone: a reader types the lines with Enter; a paste arrives at once. */
class MrzEntryTest {

    private static final String L1 = IntakeFixture.PASSPORT_LINE_1;
    private static final String L2 = IntakeFixture.PASSPORT_LINE_2;
    private static final String CARD = "I<UTOD231458907<<<<<<<<<<<<<<<";

    @Test
    void enterAfterThePassportsFirstLineIsALineBreak() {
        assertThat(MrzEntry.readOnEnter(L1)).isFalse();
    }

    @Test
    void enterAfterTheSecondLineReadsThePassport() {
        assertThat(MrzEntry.readOnEnter(L1 + "\n" + L2)).isTrue();
    }

    @Test
    void anIdCardNeedsThreeLinesBeforeEnterReadsIt() {
        assertThat(MrzEntry.readOnEnter(CARD + "\n" + CARD)).isFalse();
        assertThat(MrzEntry.readOnEnter(CARD + "\n" + CARD + "\n" + CARD)).isTrue();
    }

    @Test
    void twoLinesOfAWrongLengthAreStillReadSoTheClerkLearnsWhatIsWrong() {
        assertThat(MrzEntry.readOnEnter(L1 + "\n" + L2.substring(1))).isTrue();
        assertThat(MrzEntry.complete(L1 + "\n" + L2.substring(1))).isFalse();
    }

    @Test
    void aPasteOfBothLinesOrOfThemGluedIsComplete() {
        assertThat(MrzEntry.complete(L1 + "\r\n" + L2 + "\r\n")).isTrue();
        assertThat(MrzEntry.complete(L1 + L2)).isTrue();
    }

    @Test
    void anEmptyFieldIsNeverRead() {
        assertThat(MrzEntry.readOnEnter("  ")).isFalse();
    }
}
