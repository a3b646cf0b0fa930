package kz.qabyldau.app.central;

/**
 * The change-log cursor. Clients treat it as opaque; here it is the sequence number of the last change delivered,
 * prefixed with the cursor's own format version so that a later server can change the encoding.
 */
final class Cursor {

    private static final String PREFIX = "c1.";

    private Cursor() {
    }

    static String encode(long seq) {
        return PREFIX + Long.toString(seq, 36);
    }

    /**
     * @param text the client's {@code since}; null or empty = from the beginning
     * @param last the highest sequence number issued so far
     * @throws SyncError BAD_CURSOR for a cursor this server never issued
     */
    static long decode(String text, long last) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        long seq;
        try {
            if (!text.startsWith(PREFIX)) {
                throw new NumberFormatException(text);
            }
            seq = Long.parseLong(text.substring(PREFIX.length()), 36);
        } catch (NumberFormatException e) {
            throw SyncError.badRequest("BAD_CURSOR", "'" + text + "' is not a cursor of this server");
        }
        if (seq < 0 || seq > last) {
            throw SyncError.badRequest("BAD_CURSOR", "'" + text + "' is not a cursor of this server");
        }
        return seq;
    }
}
