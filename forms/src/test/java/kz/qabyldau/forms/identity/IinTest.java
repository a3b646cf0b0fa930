package kz.qabyldau.forms.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** IIN structure and check digit (REFERENCE-DATA.md "IIN"; applicant.iin, employer.iin). */
class IinTest {

    @ParameterizedTest
    @CsvSource({
        "900101300017, 1990-01-01, MALE, 19",
        "900101400013, 1990-01-01, FEMALE, 19",
        "050301500018, 2005-03-01, MALE, 20",
        "900101300811, 1990-01-01, MALE, 19",
    })
    void validVectorsGiveBirthDateSexAndCentury(String value, LocalDate birth, Sex sex, int century) {
        Iin iin = Iin.parse(value);
        assertThat(iin.value()).isEqualTo(value);
        assertThat(iin.birthDate()).isEqualTo(birth);
        assertThat(iin.sex()).isEqualTo(sex);
        assertThat(iin.century()).isEqualTo(century);
    }

    @Test
    void secondPassVectorReallyNeedsTheSecondPass() {
        String v = "900101300811";
        int firstPass = 0;
        for (int i = 0; i < 11; i++) {
            firstPass += (v.charAt(i) - '0') * (i + 1);
        }
        assertThat(firstPass % 11).isEqualTo(10);
        assertThat(Iin.parse(v).birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
    }

    /** 821214240092 (REFERENCE-DATA.md's invalid vector) fails because both passes give 10. */
    @ParameterizedTest
    @ValueSource(strings = {"821214240092", "900101300800"})
    void neverIssuedNumberIsRejected(String value) {
        assertThatThrownBy(() -> Iin.parse(value))
                .isInstanceOfSatisfying(IdentifierException.class,
                        e -> assertThat(e.key()).isEqualTo("iin.neverIssued"));
    }

    @Test
    void wrongCheckDigitSaysExpectedAndFound() {
        assertThatThrownBy(() -> Iin.parse("900101300018"))
                .isInstanceOfSatisfying(IdentifierException.class, e -> {
                    assertThat(e.key()).isEqualTo("iin.checkDigit");
                    assertThat(e.args()).containsExactly(7, 8);
                });
    }

    @ParameterizedTest
    @CsvSource({"90010130001, 11", "9001013000170, 13", "9001, 4"})
    void wrongLength(String value, int length) {
        assertThatThrownBy(() -> Iin.parse(value))
                .isInstanceOfSatisfying(IdentifierException.class, e -> {
                    assertThat(e.key()).isEqualTo("iin.length");
                    assertThat(e.args()).containsExactly(length);
                });
    }

    @ParameterizedTest
    @CsvSource({"90010130001A, 12, A", "9001-1300017, 5, -", "9O0101300017, 2, O"})
    void nonDigitNamesPositionAndCharacter(String value, int position, String character) {
        assertThatThrownBy(() -> Iin.parse(value))
                .isInstanceOfSatisfying(IdentifierException.class, e -> {
                    assertThat(e.key()).isEqualTo("iin.notDigit");
                    assertThat(e.args()).containsExactly(position, character);
                });
    }

    @ParameterizedTest
    @CsvSource({"900101000017, 0", "900101700017, 7", "900101900017, 9"})
    void badCenturyDigit(String value, int digit) {
        assertThatThrownBy(() -> Iin.parse(value))
                .isInstanceOfSatisfying(IdentifierException.class, e -> {
                    assertThat(e.key()).isEqualTo("iin.century");
                    assertThat(e.args()).containsExactly(digit);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"901301300017", "900132300017", "900230300017", "000229300017", "900100300017"})
    void impossibleBirthDate(String value) {
        assertThatThrownBy(() -> Iin.parse(value))
                .isInstanceOfSatisfying(IdentifierException.class, e -> {
                    assertThat(e.key()).isEqualTo("iin.birthDate");
                    assertThat(e.args()).containsExactly(value.substring(0, 6));
                });
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void emptyIsRejected(String value) {
        assertThatThrownBy(() -> Iin.parse(value))
                .isInstanceOfSatisfying(IdentifierException.class, e -> assertThat(e.key()).isEqualTo("iin.empty"));
    }

    @Test
    void surroundingSpacesAreIgnored() {
        assertThat(Iin.parse(" 900101300017 ").value()).isEqualTo("900101300017");
    }

    @Test
    void isValidAnswersWithoutThrowing() {
        assertThat(Iin.isValid("900101300017")).isTrue();
        assertThat(Iin.isValid("900101300018")).isFalse();
        assertThat(Iin.isValid(null)).isFalse();
    }
}
