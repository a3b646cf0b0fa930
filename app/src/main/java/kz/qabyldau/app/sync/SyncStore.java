package kz.qabyldau.app.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import kz.qabyldau.app.store.AuditActions;
import kz.qabyldau.app.store.Recipient;
import kz.qabyldau.app.store.AuditLog;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.PersonalColumns;
import kz.qabyldau.app.store.Vault;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the sync worker keeps in the workstation's database (migration V10): the change cursor, the last
 * successful sync, the revocations to hand out and the reference-data bundles received. Blocking; never on the
 * FX thread.
 */
public final class SyncStore {

    /** Audit action when an App. 8 notice was handed out. */
    public static final String AUDIT_REVOCATION_HANDED_OUT = AuditActions.REVOCATION_HANDED_OUT;

    /** A revocation received for a permit of this office (App. 8 to hand out). */
    public record Revocation(String revocationId, Optional<String> applicationId, String permitNumber,
                             String holderName, LocalDate revokedOn, String revocationJson, Instant receivedAt,
                             Optional<Instant> handedOutAt, Optional<String> handedOutBy) {
    }

    /** One file of a received reference-data bundle. */
    public record ReferenceFile(String path, String sha256, String text) {
    }

    private static final String CURSOR = "cursor";
    private static final String LAST_SUCCESS = "lastSuccess";

    private final Database database;
    private final AuditLog audit;
    /** Counts the bundles stored through this instance, so readers of the law notice one without a query. */
    private final AtomicLong referenceGeneration =
            new AtomicLong();

    public SyncStore(Database database, AuditLog audit) {
        this.database = Objects.requireNonNull(database);
        this.audit = Objects.requireNonNull(audit);
    }

    public Optional<String> value(String key) {
        Optional<String> stored = database.read(c -> value(c, key));
        Optional<PersonalColumns.Column> secret = secret(key);
        if (secret.isEmpty() || stored.isEmpty()) {
            return stored;
        }
        // The token an older 'sync --token' kept here and the workstation's signing key are secrets like the
        // token in Settings: sealed, and not set while the office's key is locked.
        Vault vault = database.vault();
        return vault.state() == Vault.State.LOCKED ? Optional.empty()
                : Optional.of(secret.get().open(vault, key, stored.get()));
    }

    public void setValue(String key, String value) {
        Optional<PersonalColumns.Column> secret = secret(key);
        database.write(c -> {
            setValue(c, key, secret.isPresent() ? secret.get().seal(database.vault(), key, value) : value);
            return null;
        });
    }

    private static Optional<PersonalColumns.Column> secret(String key) {
        if (PersonalColumns.SYNC_TOKEN_KEY.equals(key)) {
            return Optional.of(PersonalColumns.SYNC_TOKEN);
        }
        return PersonalColumns.WORKSTATION_KEY_KEY.equals(key) ? Optional.of(PersonalColumns.WORKSTATION_KEY)
                : Optional.empty();
    }

    /**
     * The key this workstation enrolled with; empty when it has not enrolled, or while the office's data key is
     * locked (nobody signed in). Sealed in an office database with a data key, plain in training.
     */
    public Optional<WorkstationKey> workstationKey() {
        return value(PersonalColumns.WORKSTATION_KEY_KEY).map(WorkstationKey::fromStored);
    }

    /** Keeps the key of a new enrolment in place of an earlier one. */
    void setWorkstationKey(WorkstationKey key) {
        setValue(PersonalColumns.WORKSTATION_KEY_KEY, key.stored());
    }

    /** The cursor of the last applied page of changes (empty: from the beginning). */
    public Optional<String> cursor() {
        return value(CURSOR);
    }

    void setCursor(String cursor) {
        setValue(CURSOR, cursor);
    }

    /** When the central service last answered a whole sync round. */
    public Optional<Instant> lastSuccess() {
        return value(LAST_SUCCESS).map(Instant::parse);
    }

    void setLastSuccess(Instant at) {
        setValue(LAST_SUCCESS, at.toString());
    }

    /** Records a revocation; a second delivery of the same id changes nothing. @return whether it was new */
    boolean addRevocation(String revocationId, String applicationId, String permitNumber, String holderName,
                          LocalDate revokedOn, String json, Instant now) {
        Vault vault = database.vault();
        return database.write(c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT OR IGNORE INTO revocation (revocation_id, "
                    + "application_id, permit_number, holder_name, revoked_on, revocation_json, received_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                st.setString(1, revocationId);
                st.setString(2, applicationId);
                st.setString(3, PersonalColumns.REVOCATION_PERMIT.seal(vault, revocationId, permitNumber));
                st.setString(4, PersonalColumns.REVOCATION_HOLDER.seal(vault, revocationId, holderName));
                st.setString(5, revokedOn.toString());
                st.setString(6, PersonalColumns.REVOCATION_JSON.seal(vault, revocationId, json));
                st.setString(7, now.toString());
                return st.executeUpdate() == 1;
            }
        });
    }

    /** Every revocation received, newest first. */
    public List<Revocation> revocations() {
        return database.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT revocation_id, application_id, permit_number, "
                    + "holder_name, revoked_on, revocation_json, received_at, handed_out_at, handed_out_by "
                    + "FROM revocation ORDER BY received_at DESC, revocation_id")) {
                List<Revocation> list = new ArrayList<>();
                Vault vault = database.vault();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        String row = rs.getString(1);
                        list.add(new Revocation(row, Optional.ofNullable(rs.getString(2)),
                                PersonalColumns.REVOCATION_PERMIT.open(vault, row, rs.getString(3)),
                                PersonalColumns.REVOCATION_HOLDER.open(vault, row, rs.getString(4)),
                                LocalDate.parse(rs.getString(5)),
                                PersonalColumns.REVOCATION_JSON.open(vault, row, rs.getString(6)),
                                Instant.parse(rs.getString(7)),
                                Optional.ofNullable(rs.getString(8)).map(Instant::parse),
                                Optional.ofNullable(rs.getString(9))));
                    }
                }
                return list;
            }
        });
    }

    /**
     * The App. 8 notice was handed to the immigrant: who and when, and in the audit log who received it
     * ({@code recipient}, as the clerk typed it). Repeat-safe.
     */
    public void handOutRevocation(String revocationId, String clerk, Recipient recipient, Instant now) {
        Objects.requireNonNull(recipient, "recipient");
        database.write(c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE revocation SET handed_out_at = ?, "
                    + "handed_out_by = ? WHERE revocation_id = ? AND handed_out_at IS NULL")) {
                st.setString(1, now.toString());
                st.setString(2, clerk);
                st.setString(3, revocationId);
                if (st.executeUpdate() == 1) {
                    audit.append(c, clerk, AUDIT_REVOCATION_HANDED_OUT, revocationId,
                            "App. 8; " + recipient.details());
                }
            }
            return null;
        });
    }

    /** Whether the bundle was already applied (a re-delivered page). */
    boolean hasBundle(String bundle) {
        return database.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM reference_bundle WHERE bundle = ?")) {
                st.setString(1, bundle);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /**
     * A bundle refused whole (docs/sync-protocol.md 3.5, "Signed law"), as the Outbox page lists it.
     *
     * @param reason a {@link LawSignature.Refusal} name; {@code UNTRUSTED_KEY:<keyid>} names the key that signed it
     */
    public record RefusedBundle(String bundle, String reason, Instant at) {

        /** The refusal's name without the key id. */
        public String refusal() {
            int colon = reason.indexOf(':');
            return colon < 0 ? reason : reason.substring(0, colon);
        }

        /** The id of the untrusted publisher key that signed the bundle, or "". */
        public String keyId() {
            int colon = reason.indexOf(':');
            return colon < 0 ? "" : reason.substring(colon + 1);
        }
    }

    private static final String LAW_SEQUENCE = "law.sequence.";
    private static final String LAW_REFUSED = "law.refused";
    private static final int REFUSALS_KEPT = 20;

    /** The sequence of the newest bundle applied from the publisher {@code keyId} (0: none yet). */
    long lawSequence(String keyId) {
        return value(LAW_SEQUENCE + keyId).map(Long::parseLong).orElse(0L);
    }

    /**
     * Records that a bundle was refused whole: in the audit trail ({@code law.refused}, the bundle id and the reason)
     * and among the refusals the Outbox page shows (the newest {@value #REFUSALS_KEPT}). The same bundle refused again
     * for the same reason (a page delivered again) is recorded once.
     */
    void refuseBundle(String bundle, String reason, Instant now) {
        database.write(c -> {
            List<RefusedBundle> list = new ArrayList<>(refusals(value(c, LAW_REFUSED)));
            if (list.stream().anyMatch(r -> r.bundle().equals(bundle) && r.reason().equals(reason))) {
                return null;
            }
            list.add(0, new RefusedBundle(bundle, reason, now));
            StringBuilder text = new StringBuilder();
            for (RefusedBundle r : list.subList(0, Math.min(list.size(), REFUSALS_KEPT))) {
                text.append(r.at()).append(' ').append(r.reason()).append(' ').append(r.bundle()).append('\n');
            }
            setValue(c, LAW_REFUSED, text.toString());
            audit.appendPublic(c, "", AuditActions.LAW_REFUSED, bundle, reason); // nothing personal
            return null;
        });
    }

    /** The bundles refused whole, newest first. */
    public List<RefusedBundle> refusedBundles() {
        return database.read(c -> refusals(value(c, LAW_REFUSED)));
    }

    private static List<RefusedBundle> refusals(Optional<String> text) {
        List<RefusedBundle> list = new ArrayList<>();
        for (String line : text.orElse("").split("\n")) {
            String[] parts = line.split(" ", 3);
            if (parts.length == 3) {
                list.add(new RefusedBundle(parts[2], parts[1], Instant.parse(parts[0])));
            }
        }
        return list;
    }

    /**
     * Stores a whole bundle in ONE transaction: all its files or none, and the publisher's sequence it brings
     * (an older one is refused after it).
     */
    void addBundle(String bundle, LocalDate effectiveFrom, String description, List<ReferenceFile> files,
                   Instant now, LawSignature.Signed signed) {
        database.write(c -> {
            setValue(c, LAW_SEQUENCE + signed.keyId(), Long.toString(signed.sequence()));
            try (PreparedStatement st = c.prepareStatement("INSERT OR IGNORE INTO reference_bundle (bundle, "
                    + "effective_from, description, received_at) VALUES (?, ?, ?, ?)")) {
                st.setString(1, bundle);
                st.setString(2, effectiveFrom.toString());
                st.setString(3, description);
                st.setString(4, now.toString());
                if (st.executeUpdate() == 0) {
                    return null;
                }
            }
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO reference_file (bundle, path, sha256, text) VALUES (?, ?, ?, ?)")) {
                for (ReferenceFile f : files) {
                    st.setString(1, bundle);
                    st.setString(2, f.path());
                    st.setString(3, f.sha256());
                    st.setString(4, f.text());
                    st.addBatch();
                }
                st.executeBatch();
            }
            return null;
        });
        referenceGeneration.incrementAndGet();
    }

    /** Grows each time a reference bundle is stored through this store (a cue to read the law in force again). */
    public long referenceGeneration() {
        return referenceGeneration.get();
    }

    /**
     * The received files in force on {@code day}: of the bundles effective on or before it, the newest copy of
     * each path (later bundles win). Paths are relative to the data root ({@code reference/rates.json}).
     */
    public Map<String, String> filesInForce(LocalDate day) {
        return database.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT f.path, f.text FROM reference_file f "
                    + "JOIN reference_bundle b ON b.bundle = f.bundle WHERE b.effective_from <= ? "
                    + "ORDER BY b.effective_from, b.received_at, b.bundle")) {
                // Dates are compared as ISO text: LocalDate.MAX prints "+999999999-12-31", which sorts before
                // "2026-…" and would find nothing; every stored date has four digits, so cap the bound there.
                st.setString(1, day.getYear() > 9999 ? "9999-12-31" : day.toString());
                Map<String, String> files = new LinkedHashMap<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        files.put(rs.getString(1), rs.getString(2));
                    }
                }
                return files;
            }
        });
    }

    private static Optional<String> value(Connection c, String key) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT value FROM sync_state WHERE key = ?")) {
            st.setString(1, key);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static void setValue(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO sync_state (key, value) VALUES (?, ?)"
                        + " ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            st.setString(1, key);
            st.setString(2, value);
            st.executeUpdate();
        }
    }
}
