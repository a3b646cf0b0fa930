package kz.qabyldau.app.store;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import kz.qabyldau.app.store.keys.IndexKey;
import java.util.HexFormat;

/**
 * What the store asks of the keeper of the data key: seal a personal value before it is written and
 * open it after it is read. Every value is bound to its {@link Cell} (table, column, row), so a
 * sealed value copied into another row or column no longer opens.
 *
 * <p>Three states: {@link State#PLAIN} (a database that keeps no key: training, and the office
 * database before its first administrator), {@link State#LOCKED} (the database is encrypted and no
 * operator has signed in: reading or writing personal data fails with
 * {@link StoreException#KEY_LOCKED}) and {@link State#OPEN}. The store package knows only this
 * interface; the implementation lives in {@code store.crypto} and is handed to
 * {@link Database#useVault}.
 */
public interface Vault {

    /** Whether values are sealed and whether the key is at hand. */
    enum State { PLAIN, LOCKED, OPEN }

    /** Where a value lives; part of what the seal authenticates. */
    record Cell(String table, String column, String row) {

        /** The bytes authenticated with the value (never secret, never stored). */
        public byte[] associatedData() {
            return ("qabyldau.cell/1\u0000" + table + "\u0000" + column + "\u0000" + row)
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The prefix of a sealed text value: {@code ~q1:} and the sealed bytes in Base64. */
    String TEXT_PREFIX = "~q1:";

    /** The prefix of a blind index value: {@code ~h1:} and HMAC-SHA256 in hex. */
    String INDEX_PREFIX = "~h1:";

    /** Whether stored bytes carry the seal's header (a value written by {@link #seal} in an encrypted database). */
    static boolean isSealed(byte[] stored) {
        return stored.length >= 2 && stored[0] == 0x51 && stored[1] == 0x01;
    }

    /** A database without encryption: values are stored as given. */
    Vault PLAIN = new Vault() {
        @Override
        public State state() {
            return State.PLAIN;
        }

        @Override
        public byte[] seal(byte[] plain, Cell cell) {
            return plain;
        }

        @Override
        public byte[] open(byte[] stored, Cell cell) {
            return stored;
        }

        @Override
        public IndexKey indexKey() {
            throw new IllegalStateException("a plain database keeps its index key itself");
        }
    };

    State state();

    /** The value as it is to be stored; unchanged in a plain database. */
    byte[] seal(byte[] plain, Cell cell);

    /**
     * The value as it was given to {@link #seal}.
     *
     * @throws StoreException {@link StoreException#KEY_LOCKED} when locked,
     *                        {@link StoreException#TAMPERED} when the value does not open in this cell
     */
    byte[] open(byte[] stored, Cell cell);

    /**
     * The key of the blind search indexes, derived from the data key.
     *
     * @throws StoreException {@link StoreException#KEY_LOCKED} when locked
     * @throws IllegalStateException in a plain database
     */
    IndexKey indexKey();

    /** {@link #seal} for text: a sealed text is {@link #TEXT_PREFIX} and Base64; null stays null. */
    default String sealText(String plain, Cell cell) {
        if (plain == null || state() == State.PLAIN) {
            return plain;
        }
        return TEXT_PREFIX + Base64.getEncoder().encodeToString(seal(plain.getBytes(StandardCharsets.UTF_8), cell));
    }

    /**
     * What an equality search on {@code column} stores and looks up for the normalised value: the value
     * itself in a plain database, else {@link #INDEX_PREFIX} and the HMAC of column and value under the
     * index key (the column name keeps equal values of different columns apart). '' stays ''.
     */
    default String index(String column, String normalised) {
        if (normalised == null || normalised.isEmpty() || state() == State.PLAIN) {
            return normalised;
        }
        byte[] mac = indexKey().mac((column + "\u0000" + normalised).getBytes(StandardCharsets.UTF_8));
        return INDEX_PREFIX + HexFormat.of().formatHex(mac);
    }

    /** {@link #open} for text written by {@link #sealText}; null stays null. */
    default String openText(String stored, Cell cell) {
        if (stored == null || state() == State.PLAIN && !stored.startsWith(TEXT_PREFIX)) {
            return stored;
        }
        if (!stored.startsWith(TEXT_PREFIX)) {
            // An encrypted database holds no plain personal value: one found here was put there, and
            // open() refuses it like any value that does not authenticate.
            return new String(open(stored.getBytes(StandardCharsets.UTF_8), cell), StandardCharsets.UTF_8);
        }
        byte[] sealed = Base64.getDecoder().decode(stored.substring(TEXT_PREFIX.length()));
        return new String(open(sealed, cell), StandardCharsets.UTF_8);
    }
}
