package kz.qabyldau.forms.verdict;

import kz.qabyldau.forms.reference.Country;
import kz.qabyldau.forms.reference.ReferenceData;
import kz.qabyldau.forms.reference.versioning.ReferenceDataException;
import kz.qabyldau.forms.service.LocalizedText;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** {@link LawFacts} from the reference data as in force on one day (the filing day). */
final class ReferenceFacts implements LawFacts {

    private final ReferenceData reference;
    private final LocalDate day;

    ReferenceFacts(ReferenceData reference, LocalDate day) {
        this.reference = reference;
        this.day = day;
    }

    @Override
    public Optional<Citizenship> citizenship(String alpha3) {
        return reference.country(alpha3, day).map(c -> {
            if (c.eaeu()) {
                return Citizenship.EAEU;
            }
            return c.permitEligible() ? Citizenship.ELIGIBLE : Citizenship.NOT_ELIGIBLE;
        });
    }

    @Override
    public Optional<LocalizedText> countryName(String alpha3) {
        return reference.country(alpha3, day).map(ReferenceFacts::names);
    }

    private static LocalizedText names(Country c) {
        return new LocalizedText(c.name("kk"), c.name("ru"), c.name("en"));
    }

    @Override
    public boolean knownRegion(String kato) {
        return reference.regions(day).stream().anyMatch(r -> r.code().equals(kato));
    }

    @Override
    public Optional<PrepaymentRate> prepayment(LocalDate paidOn) {
        try {
            return Optional.of(new PrepaymentRate(BigDecimal.valueOf(reference.prepaymentRateMci(paidOn)),
                    BigDecimal.valueOf(reference.mciOn(paidOn).value())));
        } catch (ReferenceDataException e) {
            // No rate or no MCI for that year: the rule says so instead of guessing a figure.
            return Optional.empty();
        }
    }

    @Override
    public Optional<LocalizedText> iinProblem(String value) {
        return Identifiers.iinProblem(value);
    }

    @Override
    public Optional<LocalizedText> binProblem(String value) {
        return Identifiers.binProblem(value);
    }

    @Override
    public Optional<LocalizedText> taxpayerIdProblem(String value) {
        return Identifiers.taxpayerIdProblem(value);
    }
}
