package kz.qabyldau.app.central;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request the central service answers (or drops): who, what, result — never a body, a header value, a
 * query string or a name, so that the log holds no personal data and no secret.
 */
@FunctionalInterface
public interface AccessLog {

    /**
     * One request.
     *
     * @param at     when it arrived
     * @param who    {@code OFFICE/WORKSTATION} as identified, {@code admin}, or {@code -} when not identified
     * @param method the HTTP method
     * @param path   the path without the query (application UUIDs and scan hashes are no personal data)
     * @param status the HTTP status sent, or {@code -1} when the connection closed without an answer
     * @param code   the error code of the answer, or {@code -}
     * @param millis how long it took
     */
    record Entry(Instant at, String who, String method, String path, int status, String code, long millis) {

        /** {@code who method path status code millis}, the form of the log file. */
        public String line() {
            return who + " " + method + " " + path + " " + status + " " + code + " " + millis + "ms";
        }
    }

    void record(Entry entry);

    /** To the SLF4J logger {@code kz.qabyldau.central.access} at INFO. */
    static AccessLog toLogger() {
        Logger log = LoggerFactory.getLogger("kz.qabyldau.central.access");
        return entry -> log.info("{}", entry.line());
    }
}
