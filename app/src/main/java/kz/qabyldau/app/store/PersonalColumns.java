package kz.qabyldau.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Every column that holds personal data or a secret, and how it is kept in an encrypted database
 * (docs/data-at-rest.md, "What is sealed"). The store's classes seal and open through these
 * descriptors, and {@link #sealExisting} uses the same list when an office database gets its key, so
 * a column added here is never forgotten by one of the two. The office search's terms
 * ({@code search_term}) are sealed by {@link SearchTerms}.
 */
public final class PersonalColumns {

    /** How a column is kept once the database is encrypted. */
    public enum Kind {
        /** TEXT sealed with {@link Vault#sealText}. */
        TEXT,
        /** BLOB sealed with {@link Vault#seal}. */
        BLOB,
        /** A blind index of a normalised value ({@link Vault#index}); the value itself lives sealed elsewhere. */
        INDEX
    }

    /**
     * One column. {@code rowKey} is the SQL expression of the row's identity the seal is bound to;
     * {@code source} the column an INDEX is computed from (itself if null); {@code where} limits the rows.
     */
    public record Column(String table, String column, String rowKey, Kind kind, String source, String where) {

        /** The cell of the row whose identity is {@code row}. */
        public Vault.Cell cell(String row) {
            return new Vault.Cell(table, column, row);
        }

        /** {@link Vault#sealText} into this column. */
        public String seal(Vault vault, String row, String plain) {
            return vault.sealText(plain, cell(row));
        }

        /** {@link Vault#openText} out of this column. */
        public String open(Vault vault, String row, String stored) {
            return vault.openText(stored, cell(row));
        }

        /** {@link Vault#index} for this column. */
        public String index(Vault vault, String normalised) {
            return vault.index(column, normalised);
        }
    }

    public static final Column APPLICATION_JSON = text("application", "application_json", "id");
    public static final Column VERDICT_JSON = text("application", "verdict_json", "id");
    public static final Column DECISION_JSON = text("application", "decision_json", "id");
    public static final Column SEARCH_KEY = text("application", "search_key", "id");
    public static final Column APPLICANT_NAME = text("application", "applicant_name", "id");
    public static final Column PERMIT_NUMBER = text("application", "permit_number", "id");
    public static final Column PASSPORT_INDEX = index("application", "passport_number", "passport_number");
    public static final Column IIN_INDEX = index("application", "iin", "iin");
    public static final Column PERMIT_INDEX = index("application", "permit_index", "permit_number");
    public static final Column OUTBOX_PAYLOAD = text("outbox", "payload_json", "application_id");
    public static final Column SCAN_CONTENT = new Column("scan", "content", "sha256", Kind.BLOB, null, null);
    public static final Column SCAN_FILE_NAME = text("scan", "file_name", "sha256");
    public static final Column PRINTED_PDF = new Column("printed_form", "pdf", "application_id || '/' || sha256",
            Kind.BLOB, null, null);
    public static final Column REVOCATION_PERMIT = text("revocation", "permit_number", "revocation_id");
    public static final Column REVOCATION_HOLDER = text("revocation", "holder_name", "revocation_id");
    public static final Column REVOCATION_JSON = text("revocation", "revocation_json", "revocation_id");
    public static final Column CENTRAL_TOKEN = new Column("settings", "value", "key", Kind.TEXT, null,
            "key = 'central.token'");

    /** An audit entry's details (a recipient, a search, a reason); the chain covers the sealed text. */
    public static final Column AUDIT_DETAILS = new Column("audit_log", "details", "id", Kind.TEXT, null,
            "details <> ''");

    /** The key of the token an older {@code sync --token} kept in {@code sync_state}. */
    public static final String SYNC_TOKEN_KEY = "token";
    public static final Column SYNC_TOKEN = new Column("sync_state", "value", "key", Kind.TEXT, null,
            "key = '" + SYNC_TOKEN_KEY + "'");

    /** The key of this workstation's private signing key (issue #11) in {@code sync_state}: a secret. */
    public static final String WORKSTATION_KEY_KEY = "workstation.key";
    public static final Column WORKSTATION_KEY = new Column("sync_state", "value", "key", Kind.TEXT, null,
            "key = '" + WORKSTATION_KEY_KEY + "'");

    /** Indexes first: they are computed from values still plain at that moment. */
    public static final List<Column> ALL = List.of(PASSPORT_INDEX, IIN_INDEX, PERMIT_INDEX, APPLICATION_JSON,
            VERDICT_JSON, DECISION_JSON, SEARCH_KEY, APPLICANT_NAME, PERMIT_NUMBER, OUTBOX_PAYLOAD, SCAN_CONTENT,
            SCAN_FILE_NAME, PRINTED_PDF, REVOCATION_PERMIT, REVOCATION_HOLDER, REVOCATION_JSON, CENTRAL_TOKEN,
            SYNC_TOKEN, WORKSTATION_KEY, AUDIT_DETAILS);

    private PersonalColumns() {
    }

    private static Column text(String table, String column, String rowKey) {
        return new Column(table, column, rowKey, Kind.TEXT, null, null);
    }

    private static Column index(String table, String column, String source) {
        return new Column(table, column, "id", Kind.INDEX, source, null);
    }

    /**
     * Seals, inside the caller's transaction, every value written while the database was still plain
     * (an office that worked before its first administrator). Values already sealed are left alone, so
     * a repeat is harmless. {@code vault} must be open. Sealing audit details changes what the audit chain
     * covers, so the chain is then computed again in the same transaction ({@link AuditChain#rechainAfter}):
     * this runs when the first administrator is made. Entries the central service already acknowledged are
     * neither sealed nor re-chained (it holds them as they were sent).
     *
     * @return how many values were sealed
     */
    public static int sealExisting(Connection c, Vault vault) throws SQLException {
        int sealed = 0;
        for (Column col : ALL) {
            int inColumn;
            if (col == AUDIT_DETAILS) {
                // Entries the central service already holds (an office that synced before its first administrator)
                // stay as they are: it holds them as they were sent, and re-chaining them would break the anchor.
                long held = AuditChain.acknowledgedId(c);
                inColumn = sealColumn(c, vault, new Column(col.table(), col.column(), col.rowKey(), col.kind(),
                        col.source(), col.where() + " AND id > " + held));
                if (inColumn > 0) {
                    AuditChain.rechainAfter(c, held);
                }
            } else {
                inColumn = sealColumn(c, vault, col);
            }
            sealed += inColumn;
        }
        // The search index is keyed by term, not by a row id: it is rewritten whole (store.SearchTerms).
        return sealed + SearchTerms.sealExisting(c, vault);
    }

    private static int sealColumn(Connection c, Vault vault, Column col) throws SQLException {
        String from = col.source() == null ? col.column() : col.source();
        String where = col.where() == null ? "" : " WHERE " + col.where();
        List<Object[]> rows = new ArrayList<>();
        // By the row's identity, not rowid: scan and revocation are WITHOUT ROWID tables.
        try (PreparedStatement st = c.prepareStatement("SELECT " + col.rowKey() + ", " + from + " FROM "
                + col.table() + where)) {
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Object value = col.kind() == Kind.BLOB ? rs.getBytes(2) : rs.getString(2);
                    Object kept = keep(vault, col, rs.getString(1), value);
                    if (kept != null) {
                        rows.add(new Object[] {rs.getString(1), kept});
                    }
                }
            }
        }
        try (PreparedStatement st = c.prepareStatement("UPDATE " + col.table() + " SET " + col.column()
                + " = ? WHERE " + col.rowKey() + " = ?")) {
            for (Object[] row : rows) {
                st.setObject(1, row[1]);
                st.setString(2, (String) row[0]);
                st.addBatch();
            }
            st.executeBatch();
        }
        return rows.size();
    }

    /** The value to write instead, or null when there is nothing to seal. */
    private static Object keep(Vault vault, Column col, String row, Object value) {
        if (value == null) {
            return null;
        }
        return switch (col.kind()) {
            case BLOB -> Vault.isSealed((byte[]) value) ? null : vault.seal((byte[]) value, col.cell(row));
            case TEXT -> ((String) value).startsWith(Vault.TEXT_PREFIX) ? null : col.seal(vault, row, (String) value);
            case INDEX -> ((String) value).startsWith(Vault.INDEX_PREFIX) ? null : col.index(vault, (String) value);
        };
    }
}
