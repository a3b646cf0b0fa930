package kz.qabyldau.forms.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Amounts as a clerk reads them: thousands grouped with a no-break space in kk and ru, whole tenge without tiyn. */
class MoneyTest {

    private static final String NBSP = "\u00a0";

    @ParameterizedTest
    @CsvSource({"103800, kk, 103_800", "103800.00, ru, 103_800", "1234.5, ru, '1_234,50'", "999, kk, 999",
            "4325, en, '4,325'", "1000000, ru, 1_000_000", "0, ru, 0", "-2500, ru, -2_500", "12.345, ru, '12,35'"})
    void anAmountIsGroupedInTheReadersLanguage(String value, String language, String shown) {
        assertThat(Money.amount(new BigDecimal(value), language)).isEqualTo(shown.replace("_", NBSP));
    }

    @ParameterizedTest
    @CsvSource({"kk", "ru"})
    void theTengeSignFollowsWithoutABreak(String language) {
        assertThat(Money.tenge(new BigDecimal("103800"), language)).isEqualTo("103" + NBSP + "800" + NBSP + "₸");
    }
}
