package kz.qabyldau.app.store.applications;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A returning employer: the office's latest application, accepted or refused at the desk, whose employer has the
 * IIN typed. Looked up through the office search's blind index ({@code iin:} terms hold the applicant's and the
 * employer's IIN), so nothing is decrypted but the few applications of that IIN, and only while an operator has
 * the data key open: locked, the lookup throws as every read of personal data does. Obtain it from
 * {@link ApplicationStore#returningEmployers()}. Docs: docs/intake.md ("Returning employer").
 */
public final class ReturningEmployers {

    /** How many of the newest applications with the IIN are opened at most (the employer's are among them). */
    static final int LOOKED_AT = 20;

    private static final Pattern IIN = Pattern.compile("\\d{12}");

    private final Search search;
    private final Drafts drafts;

    ReturningEmployers(Search search, Drafts drafts) {
        this.search = Objects.requireNonNull(search);
        this.drafts = Objects.requireNonNull(drafts);
    }

    /**
     * The newest application whose {@code employer.iin} is {@code iin}, other than {@code except} (the
     * application being typed, which is indexed by its own autosave). Drafts and deleted drafts are not
     * offered: only what a clerk has accepted or refused at the desk was checked.
     *
     * @throws kz.qabyldau.app.store.StoreException {@code store.database.keyLocked} when encrypted and locked
     */
    public Optional<StoredApplication> latest(String iin, Optional<UUID> except) {
        if (iin == null || !IIN.matcher(iin).matches()) {
            return Optional.empty();
        }
        SearchResult found = search.find(iin, 0, LOOKED_AT);
        if (found.kind() != SearchKind.IIN) {
            return Optional.empty();
        }
        for (SearchHit hit : found.hits()) {
            boolean checked = hit.status().accepted() || hit.status() == ApplicationStatus.INTAKE_REFUSED;
            if (!checked || except.filter(hit.id()::equals).isPresent()) {
                continue;
            }
            Optional<StoredApplication> app = drafts.find(hit.id()).filter(a -> a.application() != null
                    && iin.equals(String.valueOf(a.application().field("employer.iin").orElse(""))));
            if (app.isPresent()) {
                return app;
            }
        }
        return Optional.empty();
    }
}
