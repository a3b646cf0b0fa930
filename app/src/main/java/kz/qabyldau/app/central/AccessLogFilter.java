package kz.qabyldau.app.central;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

/** Writes the {@link AccessLog} line of every request, whatever the handler did (answered, failed, dropped). */
final class AccessLogFilter extends Filter {

    /**
     * What the handler learnt of the request running on this thread: who ([0]) and the error code ([1]). Not exchange
     * attributes: the JDK keeps those per context, shared by every exchange.
     */
    private static final ThreadLocal<String[]> CURRENT = new ThreadLocal<>();

    private final AccessLog log;
    private final Clock clock;

    AccessLogFilter(AccessLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        Instant at = clock.instant();
        long start = System.nanoTime();
        String[] noted = {"-", "-"};
        CURRENT.set(noted);
        try {
            chain.doFilter(exchange);
        } finally {
            CURRENT.remove();
            log.record(new AccessLog.Entry(at, noted[0], exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(), exchange.getResponseCode(), noted[1],
                    (System.nanoTime() - start) / 1_000_000));
        }
    }

    /** The handler identified the caller ({@code OFFICE/WORKSTATION} or {@code admin}). */
    static void identified(String who) {
        String[] noted = CURRENT.get();
        if (noted != null) {
            noted[0] = who;
        }
    }

    /** The answer is the error {@code code}. */
    static void answered(String code) {
        String[] noted = CURRENT.get();
        if (noted != null) {
            noted[1] = code;
        }
    }

    @Override
    public String description() {
        return "access log: who, what, result";
    }
}
