package kz.qabyldau.forms.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** BIN structure and check digit (REFERENCE-DATA.md "IIN": same check digit; employer.bin). */
class BinTest {

    @ParameterizedTest
    @CsvSource({"940140000385, 1994-01, 4, 0", "950341000052, 1995-03, 4, 1"})
    void publicExamplesAreValid(String value, YearMonth registered, int type, int attribute) {
        Bin bin = Bin.parse(value);
        assertThat(bin.registered()).isEqualTo(registered);
        assertThat(bin.type()).isEqualTo(type);
        assertThat(bin.attribute()).isEqualTo(attribute);
    }

    @Test
    void wrongCheckDigitSaysExpectedAndFound() {
        assertThatThrownBy(() -> Bin.parse("940140000386"))
                .isInstanceOfSatisfying(IdentifierException.class, e -> {
                    assertThat(e.key()).isEqualTo("bin.checkDigit");
                    assertThat(e.args()).containsExactly(5, 6);
                });
    }

    @Test
    void neverIssuedNumberIsRejected() {
        assertThatThrownBy(() -> Bin.parse("940140000960"))
                .isInstanceOfSatisfying(IdentifierException.class,
                        e -> assertThat(e.key()).isEqualTo("bin.neverIssued"));
    }

    @ParameterizedTest
    @CsvSource({"941340000385, 13", "940040000385, 00"})
    void impossibleMonth(String value, String month) {
        assertThatThrownBy(() -> Bin.parse(value))
                .isInstanceOfSatisfying(IdentifierException.class, e -> {
                    assertThat(e.key()).isEqualTo("bin.month");
                    assertThat(e.args()).containsExactly(month);
                });
    }

    @Test
    void anIinIsNotABin() {
        // 900101300017 is a valid IIN: its 5th digit is a day digit, not an entity type.
        assertThatThrownBy(() -> Bin.parse("900101300017"))
                .isInstanceOfSatisfying(IdentifierException.class, e -> {
                    assertThat(e.key()).isEqualTo("bin.type");
                    assertThat(e.args()).containsExactly(0);
                });
    }

    @Test
    void wrongLengthAndNonDigits() {
        assertThatThrownBy(() -> Bin.parse("94014000038"))
                .isInstanceOfSatisfying(IdentifierException.class, e -> assertThat(e.key()).isEqualTo("bin.length"));
        assertThatThrownBy(() -> Bin.parse("94014000038X"))
                .isInstanceOfSatisfying(IdentifierException.class, e -> assertThat(e.key()).isEqualTo("bin.notDigit"));
    }
}
