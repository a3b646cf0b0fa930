package kz.qabyldau.app.store.applications;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import kz.qabyldau.app.store.AuditActions;
import kz.qabyldau.app.store.PersonalColumns;
import kz.qabyldau.app.store.Recipient;
import kz.qabyldau.app.store.Vault;

/**
 * The office's accepted records: earlier permits for an extension or a duplicate, decisions coming
 * back from the central service, and the handout. Obtain it from {@link ApplicationStore#records()}.
 */
public final class Records {

    /** Audit action of {@link #handOut}. */
    public static final String AUDIT_HANDED_OUT = AuditActions.HANDED_OUT;

    private static final Set<ApplicationStatus> DECISIONS = EnumSet.of(ApplicationStatus.ISSUED,
            ApplicationStatus.REFUSED);

    private final StoreContext context;

    Records(StoreContext context) {
        this.context = context;
    }

    /**
     * The office's permits and pending applications whose permit number, passport number or IIN is
     * {@code number} (spaces and case ignored), newest first: accepted, submitted, issued, and handed-out
     * permits. Refusals and drafts are not permits to extend.
     */
    public List<StoredApplication> findByPermitNumberPassportOrIin(String number) {
        String n = ApplicationRows.normalizeNumber(Objects.requireNonNull(number, "number"));
        if (n.isEmpty()) {
            return List.of();
        }
        Vault vault = context.database().vault();
        return context.database().read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT " + ApplicationRows.COLUMNS + " FROM application "
                    + "WHERE (permit_index = ? OR passport_number = ? OR iin = ?) "
                    + "AND (status IN ('QUEUED', 'SUBMITTED', 'ISSUED') "
                    + "     OR (status = 'HANDED_OUT' AND permit_number IS NOT NULL)) "
                    + "ORDER BY finished_at DESC, id")) {
                // Blind indexes in an encrypted database, the numbers themselves in a plain one.
                st.setString(1, PersonalColumns.PERMIT_INDEX.index(vault, n));
                st.setString(2, PersonalColumns.PASSPORT_INDEX.index(vault, n));
                st.setString(3, PersonalColumns.IIN_INDEX.index(vault, n));
                List<StoredApplication> found = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        found.add(ApplicationRows.map(rs, context.database().vault()));
                    }
                }
                return found;
            }
        });
    }

    /**
     * Records the central service's decision: ISSUED (with the permit or certificate number) or REFUSED.
     * Applies to a QUEUED or SUBMITTED application; a repeated decision changes nothing.
     *
     * @param decision     {@link ApplicationStatus#ISSUED} or {@link ApplicationStatus#REFUSED}
     * @param permitNumber the number issued (null for a refusal)
     * @param decisionJson the decision as the central service sent it (kept for printing)
     * @return whether this call recorded it (false: it was already recorded)
     * @throws ApplicationNotFoundException no such application
     * @throws IllegalArgumentException     {@code decision} is not a decision
     */
    public boolean recordDecision(UUID id, ApplicationStatus decision, String permitNumber, String decisionJson) {
        if (!DECISIONS.contains(decision)) {
            throw new IllegalArgumentException(decision + " is not a decision");
        }
        Objects.requireNonNull(decisionJson, "decisionJson");
        Instant now = context.now();
        Vault vault = context.database().vault();
        String row = id.toString();
        String number = permitNumber == null ? null : ApplicationRows.normalizeNumber(permitNumber);
        return context.database().write(c -> {
            ApplicationRows.require(c, vault, id);
            try (PreparedStatement st = c.prepareStatement("UPDATE application SET status = ?, permit_number = ?, "
                    + "permit_index = ?, decision_json = ?, decided_at = ? "
                    + "WHERE id = ? AND status IN ('QUEUED', 'SUBMITTED')")) {
                st.setString(1, decision.name());
                st.setString(2, PersonalColumns.PERMIT_NUMBER.seal(vault, row, number));
                st.setString(3, PersonalColumns.PERMIT_INDEX.index(vault, number));
                st.setString(4, PersonalColumns.DECISION_JSON.seal(vault, row, decisionJson));
                st.setString(5, StoreContext.iso(now));
                st.setString(6, row);
                if (st.executeUpdate() != 1) {
                    return false;
                }
            }
            long record = SearchIndex.record(c, row);
            if (record > 0 && number != null && !number.isEmpty()) {
                SearchIndex.insert(c, vault, record, List.of(new SearchIndex.Term(SearchIndex.PERMIT, number)));
            }
            ReportFacts.decided(c, id, decision, decisionJson, now);
            return true;
        });
    }

    /**
     * The decision as the central service sent it ({@link #recordDecision}), to print the permit or the
     * refusal; empty while there is none.
     */
    public Optional<String> decisionJson(UUID id) {
        return context.database().read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT decision_json FROM application WHERE id = ?")) {
                st.setString(1, id.toString());
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(PersonalColumns.DECISION_JSON.open(
                            context.database().vault(), id.toString(), rs.getString(1))) : Optional.empty();
                }
            }
        });
    }

    /** The decisions waiting to be handed out, oldest first. */
    public List<StoredApplication> awaitingHandout() {
        return context.database().read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT " + ApplicationRows.COLUMNS + " FROM application "
                    + "WHERE status IN ('ISSUED', 'REFUSED') ORDER BY decided_at, id")) {
                List<StoredApplication> found = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        found.add(ApplicationRows.map(rs, context.database().vault()));
                    }
                }
                return found;
            }
        });
    }

    /**
     * The decision was handed to the applicant: HANDED_OUT, with who and when, and in the audit log who received
     * it ({@code recipient}: name and identity document, as the clerk typed them). Repeating it changes nothing.
     *
     * @throws IllegalStateException        there is no decision to hand out yet
     * @throws ApplicationNotFoundException no such application
     */
    public void handOut(UUID id, String clerk, Recipient recipient) {
        Objects.requireNonNull(clerk, "clerk");
        Objects.requireNonNull(recipient, "recipient");
        Instant now = context.now();
        context.database().write(c -> {
            StoredApplication app = ApplicationRows.require(c, context.database().vault(), id);
            if (app.status() == ApplicationStatus.HANDED_OUT) {
                return null;
            }
            if (!DECISIONS.contains(app.status())) {
                throw new IllegalStateException("application " + id + " is " + app.status() + ": nothing to hand out");
            }
            try (PreparedStatement st = c.prepareStatement("UPDATE application SET status = 'HANDED_OUT', "
                    + "handed_out_at = ?, handed_out_by = ? WHERE id = ?")) {
                st.setString(1, StoreContext.iso(now));
                st.setString(2, clerk);
                st.setString(3, id.toString());
                st.executeUpdate();
            }
            context.auditLog().append(c, clerk, AUDIT_HANDED_OUT, id.toString(), app.status().name() + "; "
                    + recipient.details());
            return null;
        });
    }
}
