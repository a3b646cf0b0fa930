package kz.qabyldau.app.store.keys;

/**
 * The key of the office's blind search indexes: search stores and looks up keyed digests of
 * normalised values (a surname, an IIN, a passport number) instead of the values, so that a copied
 * database tells an outsider only which rows share a value, never the value.
 *
 * <p>A plain (training) database may keep its index key in the database itself; an encrypted
 * office database derives it from the data key, so the indexes are useless without an operator's
 * password.
 */
@FunctionalInterface
public interface IndexKey {

    /** HMAC-SHA256 of {@code input} under this key (32 bytes); callers may keep a prefix of it. */
    byte[] mac(byte[] input);
}
