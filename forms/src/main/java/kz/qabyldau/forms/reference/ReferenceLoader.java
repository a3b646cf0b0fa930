package kz.qabyldau.forms.reference;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import kz.qabyldau.forms.reference.DataFiles.CountriesEdition;
import kz.qabyldau.forms.reference.DataFiles.CountryRow;
import kz.qabyldau.forms.reference.DataFiles.MemberList;
import kz.qabyldau.forms.reference.DataFiles.ProfessionRow;
import kz.qabyldau.forms.reference.DataFiles.ProfessionsEdition;
import kz.qabyldau.forms.reference.DataFiles.RegionRow;
import kz.qabyldau.forms.reference.DataFiles.RegionsEdition;
import kz.qabyldau.forms.reference.DataFiles.TransliterationEdition;
import kz.qabyldau.forms.reference.versioning.Provenance;
import kz.qabyldau.forms.reference.versioning.ReferenceDataException;
import kz.qabyldau.forms.reference.versioning.Sourced;
import kz.qabyldau.forms.reference.versioning.Versions;

/** Reads the reference files of a source and turns each version into domain values. */
final class ReferenceLoader {

    static final String COUNTRIES = "countries.json";
    static final String REGIONS = "regions.json";
    static final String RATES = "rates.json";
    static final String PROFESSIONS = "professions.json";
    static final String TRANSLITERATION = "transliteration.json";
    static final String HOLIDAYS = "calendar/holidays.json";
    static final String CALENDAR_INDEX = "calendar/years.json";

    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            // Data files may carry notes for people ("note": "to confirm"); they are not errors.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final ReferenceSource source;

    ReferenceLoader(ReferenceSource source) {
        this.source = source;
    }

    <T> T read(String path, TypeReference<T> type) {
        try (InputStream in = source.open(path)) {
            T value = json.readValue(in, type);
            if (value == null) {
                throw new ReferenceDataException(path + " is empty");
            }
            return value;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ReferenceDataException rde && rde.getMessage().startsWith(path)) {
                throw rde;
            }
            throw new ReferenceDataException(path + ": cannot read reference data: " + e.getMessage(), e);
        }
    }

    Versions<Dated<CountryTable>> countries() {
        List<CountriesEdition> editions = read(COUNTRIES, new TypeReference<>() { });
        List<Dated<CountryTable>> tables = new ArrayList<>();
        for (CountriesEdition e : editions) {
            tables.add(guard(COUNTRIES, () -> new Dated<>(e.effectiveFrom(), countryTable(e))));
        }
        return Versions.of(COUNTRIES, tables);
    }

    private static CountryTable countryTable(CountriesEdition e) {
        Provenance names = new Provenance(e.source(), e.confidence());
        Set<String> eaeu = members(e.eaeu(), "eaeu");
        Set<String> eligible = members(e.permitEligible(), "permitEligible");
        Provenance eaeuSource = new Provenance(e.eaeu().source(), e.eaeu().confidence());
        Provenance eligibleSource = new Provenance(e.permitEligible().source(), e.permitEligible().confidence());
        Map<String, Country> byCode = new LinkedHashMap<>();
        for (CountryRow row : e.countries()) {
            Country country = new Country(row.alpha3(), row.alpha2(), row.names(), names,
                    new Sourced<>(eaeu.contains(row.alpha3()), eaeuSource),
                    new Sourced<>(eligible.contains(row.alpha3()), eligibleSource));
            if (byCode.put(country.alpha3(), country) != null) {
                throw new ReferenceDataException("country " + row.alpha3() + " listed twice");
            }
        }
        Set<String> unknown = new HashSet<>(eaeu);
        unknown.addAll(eligible);
        unknown.removeAll(byCode.keySet());
        if (!unknown.isEmpty()) {
            throw new ReferenceDataException("unknown countries in member lists: " + unknown);
        }
        return CountryTable.of(new ArrayList<>(byCode.values()));
    }

    private static Set<String> members(MemberList list, String what) {
        if (list == null || list.members() == null) {
            throw new ReferenceDataException("no " + what + " list");
        }
        return Set.copyOf(list.members());
    }

    Versions<Dated<List<Region>>> regions() {
        List<RegionsEdition> editions = read(REGIONS, new TypeReference<>() { });
        List<Dated<List<Region>>> lists = new ArrayList<>();
        for (RegionsEdition e : editions) {
            lists.add(guard(REGIONS, () -> {
                Provenance file = new Provenance(e.source(), e.confidence());
                List<Region> regions = new ArrayList<>();
                for (RegionRow row : e.regions()) {
                    regions.add(new Region(row.code(), row.iso(), row.names(),
                            file.overriddenBy(row.source(), row.confidence())));
                }
                return new Dated<>(e.effectiveFrom(), List.copyOf(regions));
            }));
        }
        return Versions.of(REGIONS, lists);
    }

    Versions<Dated<List<Profession>>> professions() {
        List<ProfessionsEdition> editions = read(PROFESSIONS, new TypeReference<>() { });
        List<Dated<List<Profession>>> lists = new ArrayList<>();
        for (ProfessionsEdition e : editions) {
            lists.add(guard(PROFESSIONS, () -> {
                Provenance file = new Provenance(e.source(), e.confidence());
                Map<String, Profession> byCode = new LinkedHashMap<>();
                for (ProfessionRow row : e.professions()) {
                    Profession p = new Profession(row.code(), row.names(),
                            file.overriddenBy(row.source(), row.confidence()));
                    if (byCode.put(p.code(), p) != null) {
                        throw new ReferenceDataException("profession " + p.code() + " listed twice");
                    }
                }
                return new Dated<>(e.effectiveFrom(), List.copyOf(byCode.values()));
            }));
        }
        return Versions.of(PROFESSIONS, lists);
    }

    Rates rates() {
        DataFiles.RatesFile file = read(RATES, new TypeReference<>() { });
        return guard(RATES, () -> new Rates(Versions.of(RATES + " mci", file.mci()),
                Versions.of(RATES + " prepaymentRateMci", file.prepaymentRateMci())));
    }

    Versions<Dated<TransliterationTable>> transliteration() {
        List<TransliterationEdition> editions = read(TRANSLITERATION, new TypeReference<>() { });
        List<Dated<TransliterationTable>> tables = new ArrayList<>();
        for (TransliterationEdition e : editions) {
            tables.add(guard(TRANSLITERATION, () -> {
                Map<Character, String> letters = new TreeMap<>();
                e.letters().forEach((letter, latin) -> {
                    if (letter.length() != 1) {
                        throw new ReferenceDataException("'" + letter + "' is not a single letter");
                    }
                    letters.put(letter.charAt(0), latin);
                });
                return new Dated<>(e.effectiveFrom(),
                        new TransliterationTable(letters, new Provenance(e.source(), e.confidence())));
            }));
        }
        return Versions.of(TRANSLITERATION, tables);
    }

    CalendarData calendar() {
        return CalendarData.read(this);
    }

    /** Runs a conversion, naming the file in any error. */
    static <T> T guard(String path, Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (RuntimeException e) {
            throw new ReferenceDataException(path + ": invalid reference data: " + e.getMessage(), e);
        }
    }
}
