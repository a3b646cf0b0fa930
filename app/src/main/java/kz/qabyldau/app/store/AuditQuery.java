package kz.qabyldau.app.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the administrator's audit page asks of {@link AuditLog#find}: each part empty means "any". The details
 * are sealed, so an applicant is found through the subjects (the ids of their applications, which the caller
 * finds with the office search) and never by reading the details.
 *
 * @param clerk    the operator's name as recorded
 * @param action   an {@link AuditActions} code
 * @param from     entries at or after this instant
 * @param until    entries before this instant
 * @param subjects entries about one of these (an empty set matches nothing)
 */
public record AuditQuery(Optional<String> clerk, Optional<String> action, Optional<Instant> from,
                         Optional<Instant> until, Optional<Set<String>> subjects) {

    /** Every entry. */
    public static final AuditQuery ALL = new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    public AuditQuery {
        Objects.requireNonNull(clerk, "clerk");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        subjects = subjects.map(Set::copyOf);
    }

    public AuditQuery withClerk(String name) {
        return new AuditQuery(Optional.ofNullable(name), action, from, until, subjects);
    }

    public AuditQuery withAction(String code) {
        return new AuditQuery(clerk, Optional.ofNullable(code), from, until, subjects);
    }

    /** Entries in {@code [start, end)}. */
    public AuditQuery within(Instant start, Instant end) {
        return new AuditQuery(clerk, action, Optional.of(start), Optional.of(end), subjects);
    }

    public AuditQuery withSubjects(Set<String> ids) {
        return new AuditQuery(clerk, action, from, until, Optional.of(ids));
    }
}
