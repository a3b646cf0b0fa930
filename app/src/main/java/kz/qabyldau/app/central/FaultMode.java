package kz.qabyldau.app.central;

/** The faults the simulator can inject into {@code /sync/1/} requests (protocol section 5, "Fault modes"). */
public enum FaultMode {
    /** The listener closes: new connections are refused until it reopens. */
    REFUSE_CONNECTIONS,
    /** {@code 500 INTERNAL}, nothing done. */
    ERROR_500,
    /** No answer until the client gives up; nothing done. */
    HANG,
    /** The request is processed and committed, then the connection closes without an answer. */
    DROP_AFTER_COMMIT
}
