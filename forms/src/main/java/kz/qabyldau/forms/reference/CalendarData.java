package kz.qabyldau.forms.reference;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import kz.qabyldau.forms.calendar.CalendarGenerator;
import kz.qabyldau.forms.calendar.CalendarYear;
import kz.qabyldau.forms.calendar.OfficeHours;
import kz.qabyldau.forms.calendar.WorkCalendar;
import kz.qabyldau.forms.reference.DataFiles.HolidaysEdition;
import kz.qabyldau.forms.reference.DataFiles.YearEdition;
import kz.qabyldau.forms.reference.versioning.Provenance;
import kz.qabyldau.forms.reference.versioning.ReferenceDataException;
import kz.qabyldau.forms.reference.versioning.Versions;

/**
 * The calendar files: the holiday rules with the office hours, and one file per year with the
 * movable holidays and the decreed transfers. The rules carry their own periods (a holiday
 * that starts or stops in some year), so a file version's effective date is the day that
 * edition of the data became authoritative.
 */
final class CalendarData {

    private final Versions<HolidaysEdition> rules;
    private final Map<Integer, Versions<YearEdition>> years;
    private final ConcurrentMap<List<Object>, WorkCalendar> built = new ConcurrentHashMap<>();

    private CalendarData(Versions<HolidaysEdition> rules, Map<Integer, Versions<YearEdition>> years) {
        this.rules = rules;
        this.years = Map.copyOf(years);
    }

    static CalendarData read(ReferenceLoader loader) {
        Versions<HolidaysEdition> rules = Versions.of(ReferenceLoader.HOLIDAYS,
                loader.read(ReferenceLoader.HOLIDAYS, new TypeReference<List<HolidaysEdition>>() { }));
        DataFiles.CalendarIndex index = loader.read(ReferenceLoader.CALENDAR_INDEX, new TypeReference<>() { });
        Map<Integer, Versions<YearEdition>> years = new TreeMap<>();
        for (int year : index.years()) {
            String path = "calendar/" + year + ".json";
            List<YearEdition> editions = loader.read(path, new TypeReference<>() { });
            for (YearEdition e : editions) {
                if (e.year() == null || e.year() != year) {
                    throw new ReferenceDataException(path + ": a version is for year " + e.year());
                }
            }
            years.put(year, Versions.of(path, editions));
        }
        CalendarData data = new CalendarData(rules, years);
        data.validateEveryEdition();
        return data;
    }

    /**
     * The calendar as known on the day: each file's version in force on that day. Built once
     * per combination of versions, so asking for many days costs no more than the editions.
     */
    WorkCalendar asOf(LocalDate day) {
        HolidaysEdition law = rules.inForceOn(day).orElseThrow(() -> new ReferenceDataException(
                ReferenceLoader.HOLIDAYS + ": no version in force on " + day));
        List<YearEdition> inForce = new ArrayList<>();
        years.values().forEach(editions -> editions.inForceOn(day).ifPresent(inForce::add));
        List<Object> key = new ArrayList<>(inForce);
        key.add(law);
        return built.computeIfAbsent(List.copyOf(key), k -> {
            List<CalendarYear> known = new ArrayList<>();
            inForce.forEach(edition -> known.add(generate(law, edition)));
            return new WorkCalendar(officeHours(law), known);
        });
    }

    private static CalendarYear generate(HolidaysEdition law, YearEdition edition) {
        return ReferenceLoader.guard("calendar/" + edition.year() + ".json", () -> CalendarGenerator.generate(
                edition.year(), law.holidays(), new Provenance(law.source(), law.confidence()),
                edition.movableHolidays() == null ? List.of() : edition.movableHolidays(),
                edition.transfers() == null ? List.of() : edition.transfers(),
                new Provenance(edition.source(), edition.confidence())));
    }

    private static OfficeHours officeHours(HolidaysEdition law) {
        DataFiles.HoursRow hours = law.officeHours();
        if (hours == null) {
            throw new ReferenceDataException(ReferenceLoader.HOLIDAYS + ": no officeHours");
        }
        return ReferenceLoader.guard(ReferenceLoader.HOLIDAYS, () -> new OfficeHours(hours.opens(), hours.closes(),
                new Provenance(law.source(), law.confidence()).overriddenBy(hours.source(), hours.confidence())));
    }

    /** Fails at load time, not at the first deadline, when any version cannot be generated. */
    private void validateEveryEdition() {
        for (HolidaysEdition law : rules.all()) {
            officeHours(law);
            years.values().forEach(editions -> editions.all().forEach(edition -> generate(law, edition)));
        }
    }
}
