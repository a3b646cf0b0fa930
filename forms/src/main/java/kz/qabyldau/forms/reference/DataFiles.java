package kz.qabyldau.forms.reference;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import kz.qabyldau.forms.calendar.HolidayRule;
import kz.qabyldau.forms.calendar.MovableHoliday;
import kz.qabyldau.forms.calendar.Transfer;
import kz.qabyldau.forms.reference.versioning.Confidence;
import kz.qabyldau.forms.reference.versioning.Versioned;

/** The shapes of the JSON files, as Jackson reads them (documented in docs/reference-data.md). */
final class DataFiles {

    private DataFiles() {
    }

    record CountriesEdition(LocalDate effectiveFrom, String source, Confidence confidence, MemberList eaeu,
                            MemberList permitEligible, List<CountryRow> countries) implements Versioned {
    }

    record MemberList(String source, Confidence confidence, List<String> members) {
    }

    record CountryRow(String alpha3, String alpha2, Map<String, String> names) {
    }

    record RegionsEdition(LocalDate effectiveFrom, String source, Confidence confidence,
                          List<RegionRow> regions) implements Versioned {
    }

    record RegionRow(String code, String iso, Map<String, String> names, String source, Confidence confidence) {
    }

    record ProfessionsEdition(LocalDate effectiveFrom, String source, Confidence confidence,
                              List<ProfessionRow> professions) implements Versioned {
    }

    record ProfessionRow(String code, Map<String, String> names, String source, Confidence confidence) {
    }

    record RatesFile(List<MciEdition> mci, List<PrepaymentEdition> prepaymentRateMci) {
    }

    record MciEdition(LocalDate effectiveFrom, Long tenge, String source, Confidence confidence)
            implements Versioned {
    }

    record PrepaymentEdition(LocalDate effectiveFrom, Integer mciPerMonth, String source, Confidence confidence)
            implements Versioned {
    }

    record TransliterationEdition(LocalDate effectiveFrom, String source, Confidence confidence,
                                  Map<String, String> letters) implements Versioned {
    }

    record HolidaysEdition(LocalDate effectiveFrom, String source, Confidence confidence, HoursRow officeHours,
                           List<HolidayRule> holidays) implements Versioned {
    }

    record HoursRow(LocalTime opens, LocalTime closes, String source, Confidence confidence) {
    }

    record CalendarIndex(List<Integer> years) {
    }

    record YearEdition(LocalDate effectiveFrom, String source, Confidence confidence, Integer year,
                       List<MovableHoliday> movableHolidays, List<Transfer> transfers) implements Versioned {
    }
}
