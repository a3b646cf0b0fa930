package kz.qabyldau.forms.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fields of type bin-or-iin (employer.bin): either number, told apart by the 5th digit. */
class TaxpayerIdTest {

    @ParameterizedTest
    @CsvSource({"940140000385, Bin", "950341000052, Bin", "900101300017, Iin", "050301500018, Iin"})
    void eitherKindIsRecognised(String value, String kind) {
        TaxpayerId id = TaxpayerId.parse(value);
        assertThat(id.getClass().getSimpleName()).isEqualTo(kind);
        assertThat(id.value()).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource({"940140000386, bin.checkDigit", "900101300018, iin.checkDigit", "90010130001, iin.length"})
    void errorsNameTheKindOfNumber(String value, String key) {
        assertThatThrownBy(() -> TaxpayerId.parse(value))
                .isInstanceOfSatisfying(IdentifierException.class, e -> assertThat(e.key()).isEqualTo(key));
    }
}
