package kz.qabyldau.app.sync;

import java.util.Objects;

/**
 * A call to the central service that did not succeed. {@link #retryable()} failures (no connection, timeout,
 * 5xx, {@code retryable: true}) are tried again with backoff; the others need a person.
 */
public final class SyncFailure extends Exception {

    /** What happened, as the outbox view explains it to a clerk ({@code sync.error.*} texts). */
    public enum Kind {
        /** Connection refused or closed, host unreachable: the office is offline or the service down. */
        OFFLINE,
        /** The request took longer than the timeout. */
        TIMEOUT,
        /** The service answered 5xx or said "try later". */
        SERVER_ERROR,
        /** The service refused this request for good (a 4xx): it needs attention. */
        REJECTED
    }

    private static final long serialVersionUID = 1L;

    private final Kind kind;
    private final String code;
    private final int status;

    public SyncFailure(Kind kind, String code, int status, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind);
        this.code = code == null ? "" : code;
        this.status = status;
    }

    public Kind kind() {
        return kind;
    }

    /** The protocol's error code ({@code MISSING_SCANS} …), or empty for transport failures. */
    public String code() {
        return code;
    }

    /** The HTTP status, 0 when there was no answer. */
    public int status() {
        return status;
    }

    public boolean retryable() {
        return kind != Kind.REJECTED;
    }

    /**
     * The text stored as the outbox entry's last error: {@code KIND|CODE|message}, so the view can show the
     * clerk's text for the kind and the log keeps the details.
     */
    public String stored() {
        return kind + "|" + code + "|" + getMessage();
    }

    /** The kind of a stored error text (see {@link #stored()}); OFFLINE when unreadable. */
    public static Kind kindOf(String stored) {
        if (stored == null) {
            return Kind.OFFLINE;
        }
        int bar = stored.indexOf('|');
        try {
            return Kind.valueOf(bar < 0 ? stored : stored.substring(0, bar));
        } catch (IllegalArgumentException e) {
            return Kind.OFFLINE;
        }
    }

    /** The protocol code of a stored error text, or empty. */
    public static String codeOf(String stored) {
        if (stored == null) {
            return "";
        }
        String[] parts = stored.split("\\|", 3);
        return parts.length >= 2 ? parts[1] : "";
    }
}
