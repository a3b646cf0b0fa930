package kz.qabyldau.forms.reference.versioning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The editions of one data set, ordered by effective date. Immutable.
 *
 * @param <V> the edition type
 */
public final class Versions<V extends Versioned> {

    private final List<V> ordered;

    private Versions(List<V> ordered) {
        this.ordered = ordered;
    }

    /**
     * Orders the editions by effective date.
     *
     * @param what     the data set's name, for messages
     * @param editions the editions, in any order
     * @throws ReferenceDataException when there is none, one lacks a date, or two share a date
     */
    public static <V extends Versioned> Versions<V> of(String what, List<V> editions) {
        if (editions == null || editions.isEmpty()) {
            throw new ReferenceDataException(what + ": no versions");
        }
        List<V> sorted = new ArrayList<>(editions);
        for (V v : sorted) {
            if (v == null || v.effectiveFrom() == null) {
                throw new ReferenceDataException(what + ": a version has no effectiveFrom");
            }
        }
        sorted.sort(Comparator.comparing(Versioned::effectiveFrom));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).effectiveFrom().equals(sorted.get(i - 1).effectiveFrom())) {
                // Two editions on one day would make "the version in force" ambiguous.
                throw new ReferenceDataException(what + ": two versions effective from "
                        + sorted.get(i).effectiveFrom());
            }
        }
        return new Versions<>(List.copyOf(sorted));
    }

    /** The edition in force on the day: the latest one whose effective date is not after it. */
    public Optional<V> inForceOn(LocalDate day) {
        V found = null;
        for (V v : ordered) {
            if (v.effectiveFrom().isAfter(day)) {
                break;
            }
            found = v;
        }
        return Optional.ofNullable(found);
    }

    /** All editions, oldest first. */
    public List<V> all() {
        return ordered;
    }
}
