package kz.qabyldau.forms.reference;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.qabyldau.forms.calendar.WorkCalendar;
import kz.qabyldau.forms.reference.DataFiles.MciEdition;
import kz.qabyldau.forms.reference.DataFiles.PrepaymentEdition;
import kz.qabyldau.forms.reference.versioning.NoDataForYearException;
import kz.qabyldau.forms.reference.versioning.Provenance;
import kz.qabyldau.forms.reference.versioning.ReferenceDataException;
import kz.qabyldau.forms.reference.versioning.Sourced;
import kz.qabyldau.forms.reference.versioning.Versioned;
import kz.qabyldau.forms.reference.versioning.Versions;

/**
 * The reference facts the law leaves to data: countries, regions, professions (for completion), rates, the working-day
 * calendar and the transliteration table. Each file is a list of versions with an effective
 * date; the methods that take a date answer with the version in force on it, the others with
 * the version in force today (by the clock given at load). Immutable and thread-safe.
 */
public final class ReferenceData {

    private final Versions<Dated<CountryTable>> countries;
    private final Versions<Dated<List<Region>>> regions;
    private final Versions<Dated<List<Profession>>> professions;
    private final Rates rates;
    private final Versions<Dated<TransliterationTable>> transliteration;
    private final CalendarData calendarData;
    private final Clock clock;

    private static volatile ReferenceData bundled;

    private ReferenceData(ReferenceLoader loader, Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.countries = loader.countries();
        this.regions = loader.regions();
        this.professions = loader.professions();
        this.rates = loader.rates();
        this.transliteration = loader.transliteration();
        this.calendarData = loader.calendar();
    }

    /**
     * The data bundled in the resources jar, read once per JVM (the first caller reads, every
     * caller gets the same instance); "today" is the system clock's date.
     *
     * @throws ReferenceDataException when the bundled data is invalid (again on every call, so
     *                                the cause stays visible rather than a class-init error)
     */
    public static ReferenceData loadBundled() {
        ReferenceData data = bundled;
        if (data == null) {
            synchronized (ReferenceData.class) {
                data = bundled;
                if (data == null) {
                    data = load(ReferenceSource.bundled());
                    bundled = data;
                }
            }
        }
        return data;
    }

    /**
     * Reads a complete set of reference files (e.g. the sync service's copy, or test data).
     *
     * @throws ReferenceDataException naming the file when a file is missing or invalid
     */
    public static ReferenceData load(ReferenceSource source, Clock clock) {
        return new ReferenceData(new ReferenceLoader(source), clock);
    }

    /** Like {@link #load(ReferenceSource, Clock)} with the system clock. */
    public static ReferenceData load(ReferenceSource source) {
        return load(source, Clock.systemDefaultZone());
    }

    /** The countries in force today, ordered by alpha-3 code. */
    public List<Country> countries() {
        return countries(today());
    }

    /** The countries in force on the day. */
    public List<Country> countries(LocalDate day) {
        return countryTable(day).countries();
    }

    /** The country by ISO alpha-3 code (case-insensitive), as in force today. */
    public Optional<Country> country(String alpha3) {
        return country(alpha3, today());
    }

    /** The country by ISO alpha-3 code, as in force on the day. */
    public Optional<Country> country(String alpha3, LocalDate day) {
        return countryTable(day).find(alpha3);
    }

    /** The first-level regions in force today. */
    public List<Region> regions() {
        return regions(today());
    }

    /** The first-level regions in force on the day. */
    public List<Region> regions(LocalDate day) {
        return inForce(regions, day, ReferenceLoader.REGIONS).value();
    }

    /** The region by KATO code, as in force today. */
    public Optional<Region> region(String katoCode) {
        return regions().stream().filter(r -> r.code().equals(katoCode)).findFirst();
    }

    /**
     * The professions offered as completion for {@code request.profession}, as in force today. A completion aid,
     * not a closed list: see {@link Profession}.
     */
    public List<Profession> professions() {
        return professions(today());
    }

    /** The professions in force on the day. */
    public List<Profession> professions(LocalDate day) {
        return inForce(professions, day, ReferenceLoader.PROFESSIONS).value();
    }

    /**
     * The monthly calculation index (MCI, МРП) in tenge on 1 January of the year.
     *
     * @throws NoDataForYearException when the data has no MCI set for that year
     */
    public long mci(int year) {
        return mciOn(LocalDate.of(year, 1, 1)).value();
    }

    /**
     * The MCI in force on the day, with its source. The MCI is set for each year by the budget
     * law, so a value from an earlier year is never carried into a year with no data.
     *
     * @throws NoDataForYearException when the data has no MCI set for that day's year
     */
    public Sourced<Long> mciOn(LocalDate day) {
        MciEdition edition = rates.mci().inForceOn(day)
                .filter(e -> e.effectiveFrom().getYear() == day.getYear())
                .orElseThrow(() -> new NoDataForYearException("MCI", day.getYear()));
        return new Sourced<>(edition.tenge(), new Provenance(edition.source(), edition.confidence()));
    }

    /** The income-tax prepayment for a labour immigrant, in MCI per month of the permit, on the day. */
    public int prepaymentRateMci(LocalDate day) {
        return prepaymentRate(day).value();
    }

    /** Like {@link #prepaymentRateMci(LocalDate)}, with its source and confidence. */
    public Sourced<Integer> prepaymentRate(LocalDate day) {
        PrepaymentEdition edition = inForce(rates.prepayment(), day, ReferenceLoader.RATES + " prepaymentRateMci");
        return new Sourced<>(edition.mciPerMonth(), new Provenance(edition.source(), edition.confidence()));
    }

    /** The working-day calendar as known today. */
    public WorkCalendar calendar() {
        return calendar(today());
    }

    /** The working-day calendar as the data stood on the day (each calendar file's version in force then). */
    public WorkCalendar calendar(LocalDate asOf) {
        return calendarData.asOf(asOf);
    }

    /** The Cyrillic → Latin table in force today. */
    public TransliterationTable transliteration() {
        return inForce(transliteration, today(), ReferenceLoader.TRANSLITERATION).value();
    }

    private CountryTable countryTable(LocalDate day) {
        return inForce(countries, day, ReferenceLoader.COUNTRIES).value();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static <V extends Versioned> V inForce(
            Versions<V> versions, LocalDate day, String what) {
        return versions.inForceOn(day).orElseThrow(() -> new ReferenceDataException(
                what + ": no version in force on " + day + " (first: " + versions.all().get(0).effectiveFrom() + ")"));
    }
}
