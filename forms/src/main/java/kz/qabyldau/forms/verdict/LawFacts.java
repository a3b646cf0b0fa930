package kz.qabyldau.forms.verdict;

import kz.qabyldau.forms.service.LocalizedText;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The facts outside the service definitions that a verdict needs: countries, regions, the prepayment rate and
 * identifier checks. One narrow interface so that the rules read as law, not as reference-data plumbing; the
 * production implementation is {@link ReferenceFacts}, which answers
 * with the reference data in force on the filing day.
 */
interface LawFacts {

    /** How a citizenship stands towards the labour-immigrant permit (ground 4). */
    enum Citizenship { ELIGIBLE, EAEU, NOT_ELIGIBLE }

    /** The tax prepayment for one month of permit: {@code rateMci} monthly calculation indices of {@code mci} tenge. */
    record PrepaymentRate(BigDecimal rateMci, BigDecimal mci) {
        BigDecimal perMonth() {
            return rateMci.multiply(mci);
        }
    }

    /** The standing of country {@code alpha3}; empty when the code is unknown. */
    Optional<Citizenship> citizenship(String alpha3);

    /** The country's name in kk/ru/en; empty when unknown. */
    Optional<LocalizedText> countryName(String alpha3);

    boolean knownRegion(String kato);

    /** The prepayment rate and MCI in force on {@code day}; empty when the reference data has none. */
    Optional<PrepaymentRate> prepayment(LocalDate day);

    /** Why {@code value} is not a valid IIN, or empty when it is. */
    Optional<LocalizedText> iinProblem(String value);

    /** Why {@code value} is not a valid BIN, or empty when it is. */
    Optional<LocalizedText> binProblem(String value);

    /** Why {@code value} is neither a valid BIN nor a valid IIN, or empty when it is one of them. */
    Optional<LocalizedText> taxpayerIdProblem(String value);
}
