package kz.qabyldau.app.store.applications;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import kz.qabyldau.app.store.AuditActions;
import kz.qabyldau.app.store.PersonalColumns;
import kz.qabyldau.app.store.Vault;
import kz.qabyldau.forms.application.Application;
import kz.qabyldau.forms.application.ApplicationJson;
import java.util.Locale;

/**
 * Drafts: applications being typed. Every change is one small transaction (the desk saves on every
 * edit, debounced), so a kill or a power cut loses at most the field being typed.
 *
 * <p>Saves are optimistic: each names the version it is based on, and a save based on an older
 * version than the stored one is refused with {@link DraftConflictException}, so two windows or two
 * workstations never overwrite each other silently. Obtain it from {@link ApplicationStore#drafts()}.
 */
public final class Drafts {

    /** Audit action of {@link #delete}. */
    public static final String AUDIT_DELETED = AuditActions.DELETED;

    /** How many drafts' search terms {@link #lastIndexed} keeps: the ones open in this workstation's windows. */
    private static final int INDEXED_KEPT = 16;

    private final StoreContext context;
    private final List<UUID> restoredAtStart;
    /**
     * The search terms each recently saved draft was indexed with, by the version that holds them: the next
     * save of that version compares against these instead of reading, opening and parsing the stored JSON
     * again, which was a third of an autosave (docs/benchmarks.md). A save based on any other version reads.
     */
    private final Map<UUID, Indexed> lastIndexed = new LinkedHashMap<>(INDEXED_KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Indexed> eldest) {
            return size() > INDEXED_KEPT;
        }
    };

    Drafts(StoreContext context, List<UUID> restoredAtStart) {
        this.context = context;
        this.restoredAtStart = List.copyOf(restoredAtStart);
    }

    /**
     * A new, empty draft of {@code service} with a new UUID, version 1; its service timer starts now.
     *
     * @param ticket the electronic-queue ticket, '' or null if none
     * @param clerk  who takes the application
     */
    public StoredApplication create(String service, String ticket, String clerk) {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(clerk, "clerk");
        String queueTicket = ticket == null ? "" : ticket.strip();
        UUID id = UUID.randomUUID();
        Application empty = new Application(Application.FORMAT, id.toString(), service, null, null, Map.of(),
                List.of(), List.of());
        Instant now = context.now();
        Vault vault = context.database().vault();
        String row = id.toString();
        return context.database().write(c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO application (id, service, status, "
                    + "application_json, ticket, clerk, saved_by, workstation_id, training, started_at, updated_at, "
                    + "version, service_time_ms, session_id, search_key, search_no) "
                    + "VALUES (?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?, 1, 0, ?, ?, ?)")) {
                st.setString(1, id.toString());
                st.setString(2, service);
                st.setString(3, PersonalColumns.APPLICATION_JSON.seal(vault, row, ApplicationJson.write(empty)));
                st.setString(4, queueTicket);
                st.setString(5, clerk);
                st.setString(6, clerk);
                st.setString(7, context.workstationId());
                st.setInt(8, context.training() ? 1 : 0);
                st.setString(9, StoreContext.iso(now));
                st.setString(10, StoreContext.iso(now));
                st.setLong(11, context.sessionId());
                st.setString(12, PersonalColumns.SEARCH_KEY.seal(vault, row,
                        ApplicationRows.searchKey(empty, queueTicket)));
                // An empty draft has no terms yet: its ticket is found in the ticket column itself.
                st.setLong(13, SearchIndex.nextRecord(c));
                st.executeUpdate();
            }
            return ApplicationRows.require(c, context.database().vault(), id);
        });
    }

    /**
     * Saves the draft as the clerk who started it. See {@link #save(UUID, Application, long, Duration, String)}.
     */
    public long save(UUID id, Application application, long expectedVersion, Duration serviceTime) {
        return save(id, application, expectedVersion, serviceTime, null);
    }

    /**
     * Replaces the draft's content, if {@code expectedVersion} is still the stored one.
     *
     * @param application the whole application as the wizard has it; its {@code id} is set to {@code id}
     * @param serviceTime the service timer so far
     * @param clerk       who saves (null: the clerk who started the draft)
     * @return the new version (pass it to the next save)
     * @throws DraftConflictException       another window or workstation saved a newer version (kept)
     * @throws NotEditableException         the application was accepted, refused or deleted meanwhile
     * @throws ApplicationNotFoundException no such application
     * @throws IllegalArgumentException     the application is of another service
     */
    public long save(UUID id, Application application, long expectedVersion, Duration serviceTime, String clerk) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(serviceTime, "serviceTime");
        Application withId = withId(application, id);
        Vault vault = context.database().vault();
        String row = id.toString();
        boolean plain = vault.state() == Vault.State.PLAIN;
        String json = PersonalColumns.APPLICATION_JSON.seal(vault, row, ApplicationJson.write(withId));
        // Sealed, the search key cannot be joined with the ticket in SQL: list() adds the ticket itself.
        String searchKey = PersonalColumns.SEARCH_KEY.seal(vault, row, ApplicationRows.searchKey(withId, ""));
        Instant now = context.now();
        return context.database().write(c -> {
            Indexed before = indexedAt(c, vault, id, expectedVersion);
            try (PreparedStatement st = c.prepareStatement("UPDATE application SET application_json = ?, "
                    + "saved_by = coalesce(?, clerk), workstation_id = ?, updated_at = ?, version = version + 1, "
                    + "service_time_ms = ?, session_id = ?, search_key = "
                    + (plain ? "? || ' ' || lower(ticket), " : "?, ")
                    + "applicant_name = ?, passport_number = ?, iin = ? "
                    + "WHERE id = ? AND version = ? AND status = 'DRAFT' AND service = ?")) {
                st.setString(1, json);
                st.setString(2, clerk);
                st.setString(3, context.workstationId());
                st.setString(4, StoreContext.iso(now));
                st.setLong(5, serviceTime.toMillis());
                st.setLong(6, context.sessionId());
                st.setString(7, searchKey);
                st.setString(8, PersonalColumns.APPLICANT_NAME.seal(vault, row, ApplicationRows.applicantName(withId)));
                st.setString(9, PersonalColumns.PASSPORT_INDEX.index(vault, ApplicationRows.passportNumber(withId)));
                st.setString(10, PersonalColumns.IIN_INDEX.index(vault, ApplicationRows.iin(withId)));
                st.setString(11, id.toString());
                st.setLong(12, expectedVersion);
                st.setString(13, withId.service());
                if (st.executeUpdate() == 1) {
                    if (before.record() > 0) {
                        Set<SearchIndex.Term> after = SearchIndex.terms(withId, null);
                        SearchIndex.replace(c, vault, before.record(), before.terms(), after);
                        remember(id, new Indexed(before.record(), after, expectedVersion + 1));
                    }
                    return expectedVersion + 1;
                }
                forget(id);
            }
            throw whyNotSaved(c, id, expectedVersion, withId.service());
        });
    }

    /** Records that the clerk opened draft {@code id} in the wizard (audit log, a transaction of its own). */
    public void recordOpened(UUID id, String clerk) {
        context.auditLog().record(clerk, AuditActions.OPENED, id.toString(), "draft");
    }

    /** Records a search of the drafts list the clerk was shown the answer to (the query is sealed). */
    public void recordSearch(String clerk, String query) {
        context.auditLog().record(clerk, AuditActions.SEARCHED, "", "drafts: " + query);
    }

    /** The application, whatever its status. */
    public Optional<StoredApplication> find(UUID id) {
        return context.database().read(c -> ApplicationRows.find(c, context.database().vault(), id));
    }

    /**
     * The office's drafts, last changed first. {@code query} (blank: all) matches, case-insensitively,
     * part of the applicant's name in Cyrillic or Latin letters, the passport number, the IIN or the
     * ticket.
     */
    public List<DraftSummary> list(String query) {
        return list(query, 0, Integer.MAX_VALUE);
    }

    /**
     * One page of {@link #list(String)}: at most {@code limit} drafts after the first {@code offset}, so that a
     * list of 100,000 drafts shows its first screen as fast as a list of ten (issue #16).
     */
    public List<DraftSummary> list(String query, int offset, int limit) {
        String q = query == null ? "" : ApplicationRows.normalizeQuery(query);
        Vault vault = context.database().vault();
        if (vault.state() != Vault.State.PLAIN) {
            return sealedList(vault, q);
        }
        return context.database().read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT id, service, applicant_name, passport_number, "
                    + "iin, ticket, started_at, updated_at, clerk, saved_by, version FROM application "
                    + "WHERE status = 'DRAFT' AND (? = '' OR instr(search_key, ?) > 0 OR instr(search_key, ?) > 0) "
                    + "ORDER BY updated_at DESC, id LIMIT ? OFFSET ?")) {
                st.setString(1, q);
                st.setString(2, q);
                // "N 1234" typed for a passport stored as "N1234".
                st.setString(3, q.replace(" ", ""));
                st.setInt(4, limit);
                st.setInt(5, offset);
                List<DraftSummary> drafts = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        drafts.add(new DraftSummary(UUID.fromString(rs.getString(1)), rs.getString(2),
                                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                                Instant.parse(rs.getString(7)), Instant.parse(rs.getString(8)), rs.getString(9),
                                rs.getString(10), rs.getLong(11)));
                    }
                }
                return drafts;
            }
        });
    }

    /**
     * {@link #list} of an encrypted database: the office's open drafts are few (tens), so they are opened
     * and matched here rather than through an index; the same matching as the SQL of the plain list.
     */
    private List<DraftSummary> sealedList(Vault vault, String q) {
        return context.database().read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT id, service, application_json, search_key, "
                    + "ticket, started_at, updated_at, clerk, saved_by, version FROM application "
                    + "WHERE status = 'DRAFT' ORDER BY updated_at DESC, id")) {
                List<DraftSummary> drafts = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        UUID id = UUID.fromString(rs.getString(1));
                        String row = id.toString();
                        String ticket = rs.getString(5);
                        String key = PersonalColumns.SEARCH_KEY.open(vault, row, rs.getString(4)) + " "
                                + ticket.toLowerCase(Locale.ROOT);
                        if (!q.isEmpty() && !key.contains(q) && !key.contains(q.replace(" ", ""))) {
                            continue;
                        }
                        Application a = ApplicationRows.parse(id,
                                PersonalColumns.APPLICATION_JSON.open(vault, row, rs.getString(3)));
                        drafts.add(new DraftSummary(id, rs.getString(2), ApplicationRows.applicantName(a),
                                ApplicationRows.passportNumber(a), ApplicationRows.iin(a), ticket,
                                Instant.parse(rs.getString(6)), Instant.parse(rs.getString(7)), rs.getString(8),
                                rs.getString(9), rs.getLong(10)));
                    }
                }
                return drafts;
            }
        });
    }

    /**
     * Deletes a draft: status DELETED (the row and what was typed stay in the database) and an audit
     * entry with the clerk and the reason. Deleting a deleted draft again changes nothing.
     *
     * @throws NotEditableException the application is no longer a draft (accepted or refused)
     */
    public void delete(UUID id, String clerk, String reason) {
        Objects.requireNonNull(clerk, "clerk");
        String why = reason == null ? "" : reason.strip();
        Instant now = context.now();
        context.database().write(c -> {
            StoredApplication app = ApplicationRows.require(c, context.database().vault(), id);
            if (app.status() == ApplicationStatus.DELETED) {
                return null;
            }
            if (app.status() != ApplicationStatus.DRAFT) {
                throw new NotEditableException(id, app.status());
            }
            try (PreparedStatement st = c.prepareStatement("UPDATE application SET status = 'DELETED', "
                    + "version = version + 1, updated_at = ?, saved_by = ?, session_id = ? WHERE id = ?")) {
                st.setString(1, StoreContext.iso(now));
                st.setString(2, clerk);
                st.setLong(3, context.sessionId());
                st.setString(4, id.toString());
                st.executeUpdate();
            }
            context.auditLog().append(c, clerk, AUDIT_DELETED, id.toString(),
                    app.service() + (app.ticket().isEmpty() ? "" : ", ticket " + app.ticket()) + ": " + why);
            return null;
        });
    }

    /**
     * How many drafts were open when the program last stopped without a clean exit (killed, power cut):
     * "N drafts were restored". The same number for the whole session.
     */
    public int openAtLastExit() {
        return context.database().read(c -> WorkSessions.restoredCount(c, context.sessionId()));
    }

    /** The ids of those drafts, oldest change first (to offer them for reopening). */
    public List<UUID> restoredAtStart() {
        return restoredAtStart;
    }

    /** The search number and terms of the stored version (none for a missing or not yet numbered row). */
    private record Indexed(long record, Set<SearchIndex.Term> terms, long version) {
    }

    /** The terms the stored {@code version} of draft {@code id} is indexed with: remembered, else read. */
    private Indexed indexedAt(Connection c, Vault vault, UUID id, long version) throws SQLException {
        synchronized (lastIndexed) {
            Indexed kept = lastIndexed.get(id);
            if (kept != null && kept.version() == version) {
                return kept;
            }
        }
        return indexed(c, vault, id);
    }

    private void remember(UUID id, Indexed indexed) {
        synchronized (lastIndexed) {
            lastIndexed.put(id, indexed);
        }
    }

    private void forget(UUID id) {
        synchronized (lastIndexed) {
            lastIndexed.remove(id);
        }
    }

    private static Indexed indexed(Connection c, Vault vault, UUID id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "SELECT search_no, application_json, status FROM application WHERE id = ?")) {
            st.setString(1, id.toString());
            try (ResultSet rs = st.executeQuery()) {
                long record = rs.next() ? rs.getLong(1) : 0;
                if (record == 0 || !"DRAFT".equals(rs.getString(3))) {
                    return new Indexed(0, Set.of(), 0);
                }
                Application stored = ApplicationRows.parse(id,
                        PersonalColumns.APPLICATION_JSON.open(vault, id.toString(), rs.getString(2)));
                return new Indexed(record, SearchIndex.terms(stored, null), 0);
            }
        }
    }

    private static Application withId(Application a, UUID id) {
        if (id.toString().equals(a.id())) {
            return a;
        }
        return new Application(a.format(), id.toString(), a.service(), a.filedAt(), a.language(), a.fields(),
                a.documents(), a.overrides());
    }

    /** Called after an update matched no row: find out which precondition failed. */
    private RuntimeException whyNotSaved(Connection c, UUID id, long expectedVersion, String service)
            throws SQLException {
        StoredApplication stored = ApplicationRows.require(c, context.database().vault(), id);
        if (!stored.service().equals(service)) {
            return new IllegalArgumentException("draft " + id + " is a " + stored.service() + ", not a " + service);
        }
        if (stored.status() != ApplicationStatus.DRAFT) {
            return new NotEditableException(id, stored.status());
        }
        return new DraftConflictException(id, expectedVersion, stored.version(), stored.savedBy(),
                stored.workstationId(), stored.updatedAt());
    }
}
