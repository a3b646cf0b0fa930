package kz.qabyldau.app.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The terms of the office search index (table {@code search_term}, docs/search.md): what is stored for
 * a normalised value of one kind, and what is looked up for what the clerk typed.
 *
 * <p>A plain database (training, or an office before its first administrator) stores the text
 * {@code kind:value}: it holds the applications themselves in plain text anyway. An encrypted office
 * database stores {@code 0x00} and the first {@value #MAC_BYTES} bytes of HMAC-SHA256 under the index
 * key ({@link Vault#indexKey}): equal values give equal terms, so the search is an indexed equality
 * lookup, and without an operator's password a term can be neither computed nor tested. 96 bits keep
 * accidental collisions out of reach (birthday bound ~2^48 terms) at a third of the full digest's size.
 */
public final class SearchTerms {

    /** Bytes of the HMAC kept in a sealed term. */
    public static final int MAC_BYTES = 12;

    /** The first byte of a sealed term; a plain term is UTF-8 text and never starts with it. */
    private static final byte SEALED = 0x00;

    /** Kept apart from the blind indexes of {@link Vault#index}: another use of the same key. */
    private static final byte[] LABEL = "search_term\u0000".getBytes(StandardCharsets.UTF_8);

    private SearchTerms() {
    }

    /**
     * The term stored and looked up for {@code value} of {@code kind} (both already normalised).
     *
     * @throws StoreException {@link StoreException#KEY_LOCKED} when the database is encrypted and locked
     */
    public static byte[] term(Vault vault, String kind, String value) {
        byte[] plain = (kind + ":" + value).getBytes(StandardCharsets.UTF_8);
        if (vault.state() == Vault.State.PLAIN) {
            return plain;
        }
        return seal(vault, plain);
    }

    /** Whether a stored term is sealed (a blind index) rather than plain text. */
    public static boolean isSealed(byte[] term) {
        return term.length == MAC_BYTES + 1 && term[0] == SEALED;
    }

    /**
     * Replaces, inside the caller's transaction, every plain term by its sealed form: the office database
     * got its key ({@link PersonalColumns#sealExisting}). Sealed terms are left alone, so a repeat is harmless.
     *
     * @return how many terms were sealed
     */
    static int sealExisting(Connection c, Vault vault) throws SQLException {
        List<Object[]> plain = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT term, record FROM search_term");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                byte[] term = rs.getBytes(1);
                if (!isSealed(term)) {
                    plain.add(new Object[] {term, rs.getLong(2)});
                }
            }
        }
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM search_term WHERE term = ? AND record = ?");
             PreparedStatement insert = c.prepareStatement(
                     "INSERT OR IGNORE INTO search_term (term, record) VALUES (?, ?)")) {
            for (Object[] row : plain) {
                delete.setBytes(1, (byte[]) row[0]);
                delete.setLong(2, (Long) row[1]);
                delete.addBatch();
                insert.setBytes(1, seal(vault, (byte[]) row[0]));
                insert.setLong(2, (Long) row[1]);
                insert.addBatch();
            }
            delete.executeBatch();
            insert.executeBatch();
        }
        return plain.size();
    }

    private static byte[] seal(Vault vault, byte[] plain) {
        byte[] input = Arrays.copyOf(LABEL, LABEL.length + plain.length);
        System.arraycopy(plain, 0, input, LABEL.length, plain.length);
        byte[] mac = vault.indexKey().mac(input);
        byte[] term = new byte[MAC_BYTES + 1];
        term[0] = SEALED;
        System.arraycopy(mac, 0, term, 1, MAC_BYTES);
        return term;
    }
}
