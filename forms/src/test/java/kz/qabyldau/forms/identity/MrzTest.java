package kz.qabyldau.forms.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** ICAO Doc 9303 TD3 and TD1 zones as a keyboard-wedge reader types them (applicant.document.*, latinName). */
class MrzTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    static final String TD3_1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
    static final String TD3_2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
    static final String TD1_1 = "I<UTOD231458907<<<<<<<<<<<<<<<";
    static final String TD1_2 = "7408122F1204159UTO<<<<<<<<<<<6";
    static final String TD1_3 = "ERIKSSON<<ANNA<MARIA<<<<<<<<<<";

    private static IdentifierException failure(String text) {
        try {
            Mrz.parse(text, TODAY);
        } catch (IdentifierException e) {
            return e;
        }
        throw new AssertionError("accepted: " + text);
    }

    /** The line with one character replaced. */
    private static String with(String line, int index, char c) {
        return line.substring(0, index) + c + line.substring(index + 1);
    }

    /** The character a check digit is changed to: the next digit. */
    private static char broken(char digit) {
        return (char) ('0' + (digit - '0' + 1) % 10);
    }

    @Test
    void icaoTd3SpecimenIsRead() {
        MrzData d = Mrz.parse(TD3_1 + "\n" + TD3_2, TODAY);
        assertThat(d.format()).isEqualTo(MrzFormat.TD3);
        assertThat(d.documentType()).isEqualTo("P");
        assertThat(d.issuingState()).isEqualTo("UTO");
        assertThat(d.surname()).isEqualTo("ERIKSSON");
        assertThat(d.givenNames()).isEqualTo("ANNA MARIA");
        assertThat(d.latinName()).isEqualTo("ERIKSSON ANNA MARIA");
        assertThat(d.documentNumber()).isEqualTo("L898902C3");
        assertThat(d.nationality()).isEqualTo("UTO");
        assertThat(d.birthDate()).isEqualTo(LocalDate.of(1974, 8, 12));
        assertThat(d.sex()).isEqualTo(Sex.FEMALE);
        assertThat(d.expiryDate()).isEqualTo(LocalDate.of(2012, 4, 15));
        assertThat(d.personalNumber()).isEqualTo("ZE184226B");
        assertThat(d.optionalData1()).isEmpty();
    }

    @Test
    void icaoTd1SpecimenIsRead() {
        MrzData d = Mrz.parse(TD1_1 + "\n" + TD1_2 + "\n" + TD1_3, TODAY);
        assertThat(d.format()).isEqualTo(MrzFormat.TD1);
        assertThat(d.documentType()).isEqualTo("I");
        assertThat(d.issuingState()).isEqualTo("UTO");
        assertThat(d.documentNumber()).isEqualTo("D23145890");
        assertThat(d.birthDate()).isEqualTo(LocalDate.of(1974, 8, 12));
        assertThat(d.sex()).isEqualTo(Sex.FEMALE);
        assertThat(d.expiryDate()).isEqualTo(LocalDate.of(2012, 4, 15));
        assertThat(d.nationality()).isEqualTo("UTO");
        assertThat(d.latinName()).isEqualTo("ERIKSSON ANNA MARIA");
        assertThat(d.personalNumber()).isEmpty();
    }

    @ParameterizedTest(name = "separator {0}")
    @ValueSource(strings = {"\r\n", "\r", "\n", "", "\n\n"})
    void keyboardWedgeSeparatorsAreAccepted(String separator) {
        String typed = TD3_1 + separator + TD3_2 + "\r\n";
        assertThat(Mrz.parse(typed, TODAY).documentNumber()).isEqualTo("L898902C3");
    }

    @Test
    void spacesAroundTheLinesAreIgnored() {
        assertThat(Mrz.parse("  " + TD3_1 + "  \r\n\t" + TD3_2 + " \r\n", TODAY).surname()).isEqualTo("ERIKSSON");
    }

    @Test
    void gluedTd1IsAccepted() {
        assertThat(Mrz.parse(TD1_1 + TD1_2 + TD1_3 + "\r", TODAY).documentNumber()).isEqualTo("D23145890");
    }

    @Test
    void lowercaseFromCapsLockIsAccepted() {
        assertThat(Mrz.parse((TD3_1 + "\n" + TD3_2).toLowerCase(), TODAY).surname()).isEqualTo("ERIKSSON");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"documentNumber, 9", "birthDate, 19", "expiryDate, 27", "personalNumber, 42", "composite, 43"})
    void td3EachBrokenCheckDigitIsNamed(String field, int index) {
        char original = TD3_2.charAt(index);
        IdentifierException e = failure(TD3_1 + "\n" + with(TD3_2, index, broken(original)));
        assertThat(e.key()).isEqualTo("mrz.checkDigit." + field);
        assertThat(e.args()).containsExactly(original - '0', String.valueOf(broken(original)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"documentNumber, 1, 14", "birthDate, 2, 6", "expiryDate, 2, 14", "composite, 2, 29"})
    void td1EachBrokenCheckDigitIsNamed(String field, int line, int index) {
        String l1 = line == 1 ? with(TD1_1, index, broken(TD1_1.charAt(index))) : TD1_1;
        String l2 = line == 2 ? with(TD1_2, index, broken(TD1_2.charAt(index))) : TD1_2;
        char original = (line == 1 ? TD1_1 : TD1_2).charAt(index);
        IdentifierException e = failure(l1 + "\n" + l2 + "\n" + TD1_3);
        assertThat(e.key()).isEqualTo("mrz.checkDigit." + field);
        assertThat(e.args()).containsExactly(original - '0', String.valueOf(broken(original)));
    }

    @Test
    void alteredDataUnderACorrectCheckDigitIsCaught() {
        // One digit of the birth date changed (1974 -> 1975): its own check digit no longer fits.
        IdentifierException e = failure(TD3_1 + "\n" + with(TD3_2, 14, '5'));
        assertThat(e.key()).isEqualTo("mrz.checkDigit.birthDate");
    }

    @Test
    void emptyPersonalNumberMayHaveAFillerCheckDigit() {
        String line2 = withCheckDigits("L898902C3<UTO7408122F1204159" + "<".repeat(16));
        assertThat(line2.charAt(42)).isEqualTo('<');
        assertThat(Mrz.parse(TD3_1 + "\n" + line2, TODAY).personalNumber()).isEmpty();
    }

    @Test
    void shortTd1LineReportsTheLengthsRead() {
        IdentifierException e = failure(TD1_1 + "\n" + TD1_2.substring(1) + "\n" + TD1_3);
        assertThat(e.key()).isEqualTo("mrz.length");
        assertThat(e.args()).containsExactly("30, 29, 30");
    }

    @Test
    void shortLineReportsTheLengthsRead() {
        IdentifierException e = failure(TD3_1.substring(1) + "\n" + TD3_2);
        assertThat(e.key()).isEqualTo("mrz.length");
        assertThat(e.args()).containsExactly("43, 44");
    }

    @Test
    void threePassportLinesAreNotAZone() {
        assertThat(failure(TD3_1 + "\n" + TD3_2 + "\n" + TD3_2).args()).containsExactly("44, 44, 44");
    }

    @Test
    void gluedTextOfAnotherLengthIsRejected() {
        assertThat(failure(TD3_1 + TD3_2 + "<").key()).isEqualTo("mrz.length");
    }

    @Test
    void emptyInputIsRejected() {
        assertThat(failure(" \r\n ").key()).isEqualTo("mrz.empty");
        assertThat(failure(null).key()).isEqualTo("mrz.empty");
    }

    @ParameterizedTest
    @CsvSource({"'*', 1, 10", "'Р', 2, 3", "' ', 2, 20"})
    void illegalCharacterIsNamedWithLineAndPosition(char c, int line, int position) {
        String l1 = line == 1 ? with(TD3_1, position - 1, c) : TD3_1;
        String l2 = line == 2 ? with(TD3_2, position - 1, c) : TD3_2;
        IdentifierException e = failure(l1 + "\n" + l2);
        assertThat(e.key()).isEqualTo("mrz.character");
        assertThat(e.args()).containsExactly(line, position, String.valueOf(c));
    }

    @ParameterizedTest
    @CsvSource({"740230, birthDate", "741312, birthDate", "74AB12, birthDate"})
    void impossibleBirthDateWithCorrectCheckDigits(String birth, String field) {
        String line2 = withCheckDigits("L898902C3<UTO" + birth + "<F1204159ZE184226B<<<<<<<");
        IdentifierException e = failure(TD3_1 + "\n" + line2);
        assertThat(e.key()).isEqualTo("mrz.date." + field);
        assertThat(e.args()).containsExactly(birth);
    }

    @Test
    void impossibleExpiryDateWithCorrectCheckDigits() {
        String line2 = withCheckDigits("L898902C3<UTO7408122F120431<ZE184226B<<<<<<<");
        IdentifierException e = failure(TD3_1 + "\n" + line2);
        assertThat(e.key()).isEqualTo("mrz.date.expiryDate");
        assertThat(e.args()).containsExactly("120431");
    }

    @ParameterizedTest
    @CsvSource({"250101, 2025-01-01", "261122, 2026-11-22", "261123, 1926-11-23", "300101, 1930-01-01"})
    void twoDigitBirthYearIsInThePast(String birth, LocalDate expected) {
        String line2 = withCheckDigits("L898902C3<UTO" + birth + "<F1204159ZE184226B<<<<<<<");
        assertThat(Mrz.parse(TD3_1 + "\n" + line2, TODAY).birthDate()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"300101, 2030-01-01", "120415, 2012-04-15", "760101, 2076-01-01", "800101, 1980-01-01"})
    void twoDigitExpiryYearIsReadAroundToday(String expiry, LocalDate expected) {
        String line2 = withCheckDigits("L898902C3<UTO7408122F" + expiry + "<ZE184226B<<<<<<<");
        assertThat(Mrz.parse(TD3_1 + "\n" + line2, TODAY).expiryDate()).isEqualTo(expected);
    }

    @Test
    void sexOtherThanMFOrFillerIsRejected() {
        IdentifierException e = failure(TD3_1 + "\n" + with(TD3_2, 20, 'Q'));
        assertThat(e.key()).isEqualTo("mrz.sex");
        assertThat(e.args()).containsExactly("Q");
    }

    @Test
    void passportZoneMustBeginWithP() {
        IdentifierException e = failure(with(TD3_1, 0, 'V') + "\n" + TD3_2);
        assertThat(e.key()).isEqualTo("mrz.documentType");
    }

    @Test
    void td1LongDocumentNumberContinuesInOptionalData() {
        String number = "D23145890AB12";
        String line1 = "I<UTO" + number.substring(0, 9) + "<" + number.substring(9)
                + MrzCheckDigit.of(number) + "<<<<<<<<<<";
        String line2 = td1Line2WithComposite(line1, "7408122F1204159UTO<<<<<<<<<<<");
        MrzData d = Mrz.parse(line1 + "\n" + line2 + "\n" + TD1_3, TODAY);
        assertThat(d.documentNumber()).isEqualTo(number);
        assertThat(d.optionalData1()).isEmpty();
    }

    @Test
    void td1OptionalDataIsKept() {
        String line1 = "I<KAZN123456780900101300017<<<";
        line1 = line1.substring(0, 14) + MrzCheckDigit.of(line1.substring(5, 14)) + line1.substring(15);
        String line2 = td1Line2WithComposite(line1,
                "900101" + digit("900101") + "M" + "300101" + digit("300101") + "KAZ" + "<".repeat(11));
        MrzData d = Mrz.parse(line1 + "\n" + line2 + "\nIVANOV<<IVAN<<<<<<<<<<<<<<<<<<", TODAY);
        assertThat(d.optionalData1()).isEqualTo("900101300017");
        assertThat(d.latinName()).isEqualTo("IVANOV IVAN");
    }

    /** A TD3 line 2 (check positions as '<') with its five check digits computed. */
    private static String withCheckDigits(String line2) {
        StringBuilder b = new StringBuilder(line2);
        b.setCharAt(9, digit(b.substring(0, 9)));
        b.setCharAt(19, digit(b.substring(13, 19)));
        b.setCharAt(27, digit(b.substring(21, 27)));
        String personal = b.substring(28, 42);
        b.setCharAt(42, personal.chars().allMatch(c -> c == '<') ? '<' : digit(personal));
        b.setCharAt(43, digit(b.substring(0, 10) + b.substring(13, 20) + b.substring(21, 43)));
        return b.toString();
    }

    private static String td1Line2WithComposite(String line1, String line2Without) {
        return line2Without + digit(line1.substring(5, 30) + line2Without.substring(0, 7)
                + line2Without.substring(8, 15) + line2Without.substring(18, 29));
    }

    private static char digit(String data) {
        return (char) ('0' + MrzCheckDigit.of(data));
    }
}
