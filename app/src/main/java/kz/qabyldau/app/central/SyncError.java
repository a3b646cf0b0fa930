package kz.qabyldau.app.central;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An answer of the sync protocol that is an error: HTTP status, stable code, message for logs and any extra keys the
 * protocol documents for the code ({@code docs/sync-protocol.md}, section 2). Thrown by handlers and turned into the
 * JSON error body in one place.
 */
final class SyncError extends RuntimeException {

    private final int status;
    private final String code;
    private final boolean retryable;
    private final Map<String, Object> extra = new LinkedHashMap<>();

    SyncError(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
        this.retryable = status >= 500;
    }

    /** This error with one more documented key in its body. */
    SyncError with(String key, Object value) {
        extra.put(key, value);
        return this;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    /** The JSON body: {@code code}, {@code message}, {@code retryable}, then the extra keys. */
    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("message", getMessage());
        body.put("retryable", retryable);
        body.putAll(extra);
        return body;
    }

    static SyncError badRequest(String code, String message) {
        return new SyncError(400, code, message);
    }

    static SyncError notFound(String message) {
        return new SyncError(404, "NOT_FOUND", message);
    }

    static SyncError conflict(String code, String message) {
        return new SyncError(409, code, message);
    }
}
