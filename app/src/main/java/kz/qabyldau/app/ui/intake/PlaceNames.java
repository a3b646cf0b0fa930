package kz.qabyldau.app.ui.intake;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import kz.qabyldau.forms.reference.Country;
import kz.qabyldau.forms.reference.ReferenceData;
import kz.qabyldau.forms.reference.Region;
import java.util.Collection;
import java.util.stream.Stream;

/**
 * Country and region names from the reference data, for completion: the clerk types a name in any of the three
 * languages (or the code) and the application stores the code (ISO alpha-3, KATO). Also the professions of the
 * reference data for {@code request.profession}, whose completion only helps: the typed text is stored as it is.
 */
public final class PlaceNames {

    private final ReferenceData reference;

    public PlaceNames(ReferenceData reference) {
        this.reference = reference;
    }

    /**
     * Completion for a country field: the names, in {@code language}, of the countries whose name in any of the
     * three languages (or whose code) starts with the typed text — a clerk on a Latin keyboard layout still finds
     * "Өзбекстан" by typing "uzb". Names containing the text follow when nothing starts with it.
     */
    public List<String> suggestCountries(String typed, String language) {
        return suggest(reference.countries().stream()
                .map(c -> new Place(c.alpha3(), c.name(language), c.names().values())).toList(), typed);
    }

    /** Completion for a region field, as {@link #suggestCountries}. */
    public List<String> suggestRegions(String typed, String language) {
        return suggest(reference.regions().stream()
                .map(r -> new Place(r.code(), r.name(language), r.names().values())).toList(), typed);
    }

    /**
     * Completion for the profession field: the names, in {@code language}, of the reference professions whose name in
     * any language starts with (else contains) the typed text. A profession not in the list stays allowed.
     */
    public List<String> suggestProfessions(String typed, String language) {
        return suggest(reference.professions().stream()
                .map(p -> new Place(p.code(), p.name(language), p.names().values())).toList(), typed);
    }

    private record Place(String code, String shown, Collection<String> names) {
        boolean matches(String t, boolean prefix) {
            return Stream.concat(Stream.of(code), names.stream())
                    .map(n -> n.toLowerCase(Locale.ROOT))
                    .anyMatch(n -> prefix ? n.startsWith(t) : n.contains(t));
        }
    }

    private static List<String> suggest(List<Place> places, String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        String t = typed.strip().toLowerCase(Locale.ROOT);
        List<String> found = places.stream().filter(p -> p.matches(t, true)).map(Place::shown).sorted().toList();
        if (found.isEmpty()) {
            found = places.stream().filter(p -> p.matches(t, false)).map(Place::shown).sorted().toList();
        }
        if (found.size() == 1 && found.get(0).equalsIgnoreCase(typed.strip())) {
            return List.of(); // already complete: no list to dismiss
        }
        return found.stream().limit(12).toList();
    }

    /** The alpha-3 code of a typed country name (any language, any case) or code. */
    public Optional<String> countryCode(String typed) {
        String t = typed.strip();
        return reference.countries().stream()
                .filter(c -> c.alpha3().equalsIgnoreCase(t)
                        || c.names().values().stream().anyMatch(t::equalsIgnoreCase))
                .map(Country::alpha3).findFirst();
    }

    /** The KATO code of a typed region name (any language) or code. */
    public Optional<String> regionCode(String typed) {
        String t = typed.strip();
        return reference.regions().stream()
                .filter(r -> r.code().equals(t) || r.names().values().stream().anyMatch(t::equalsIgnoreCase))
                .map(Region::code).findFirst();
    }

    /**
     * The country a clerk meant: the typed name (any language) or code exactly, else the one country the text
     * suggests. So "Өзбек" followed by Enter or Tab before the completion list has appeared still stores UZB.
     */
    public Optional<String> countryCodeOrOnlySuggestion(String typed, String language) {
        return countryCode(typed).or(() -> only(suggestCountries(typed, language)).flatMap(this::countryCode));
    }

    /** As {@link #countryCodeOrOnlySuggestion} for regions ("Астана" → the city of Astana). */
    public Optional<String> regionCodeOrOnlySuggestion(String typed, String language) {
        return regionCode(typed).or(() -> only(suggestRegions(typed, language)).flatMap(this::regionCode));
    }

    private static Optional<String> only(List<String> suggestions) {
        return suggestions.size() == 1 ? Optional.of(suggestions.get(0)) : Optional.empty();
    }

    /** The name to show for a stored country code; the code itself when unknown. */
    public String countryName(String code, String language) {
        return reference.country(code).map(c -> c.name(language)).orElse(code);
    }

    public String regionName(String code, String language) {
        return reference.region(code).map(r -> r.name(language)).orElse(code);
    }
}
