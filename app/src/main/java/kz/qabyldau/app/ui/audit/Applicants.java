package kz.qabyldau.app.ui.audit;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import kz.qabyldau.app.store.applications.ApplicationStore;
import kz.qabyldau.app.store.applications.Search;
import kz.qabyldau.app.store.applications.SearchHit;
import kz.qabyldau.app.store.applications.StoredApplication;

/**
 * The applications an audit entry can be about. The details are sealed, so the page finds an applicant's
 * entries through the ids of their applications (the office search's blind index) and names the applicant of
 * an entry from the application, never from the details. Called on the worker thread.
 */
public interface Applicants {

    /** The ids of the applications {@code query} finds (a name, IIN, passport or permit number, or an id). */
    Set<String> find(String query);

    /** The applicant's name when {@code subject} is an application of this office. */
    Optional<String> nameOf(String subject);

    /** The office's applications in {@code store}. */
    static Applicants of(ApplicationStore store) {
        return new Applicants() {
            @Override
            public Set<String> find(String query) {
                Set<String> ids = new HashSet<>();
                asId(query.strip()).ifPresent(id -> ids.add(id.toString()));
                store.search().find(query, 0, Search.COUNT_LIMIT).hits().stream().map(SearchHit::id)
                        .forEach(id -> ids.add(id.toString()));
                return ids;
            }

            @Override
            public Optional<String> nameOf(String subject) {
                return asId(subject).flatMap(id -> store.drafts().find(id)).map(StoredApplication::applicantName);
            }
        };
    }

    private static Optional<UUID> asId(String text) {
        if (text == null || text.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
