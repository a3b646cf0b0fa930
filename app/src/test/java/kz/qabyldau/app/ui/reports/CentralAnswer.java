package kz.qabyldau.app.ui.reports;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;

import kz.qabyldau.app.reports.CentralReports;

/**
 * The body of {@code GET /sync/1/reports} (sync-protocol 3.8) as the simulator answers it for office AST-03 (its
 * shape is checked against the simulator itself in {@code sync.OfficeFiguresTest}), echoing the period asked.
 */
final class CentralAnswer {

    private CentralAnswer() {
    }

    /** @param asked counts the calls */
    static CentralReports.Source forAst03(AtomicInteger asked) {
        return (from, to) -> {
            asked.incrementAndGet();
            try {
                return new ObjectMapper().readTree("""
                        {"asOf": "2026-03-10T15:00:00+05:00", "office": "AST-03", "from": "%s", "to": "%s",
                         "received": [{"day": "2026-03-10", "service": "permit.issue", "count": 7}],
                         "decisions": [{"service": "permit.issue", "issued": 4, "refused": 1, "registered": 0,
                                        "onTime": 4, "late": 1}],
                         "refusalGrounds": [{"service": "permit.issue", "ground": "5", "count": 1}],
                         "daysToDecision": [{"days": 2, "count": 4}, {"days": 3, "count": 1}]}
                        """.formatted(from, to));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
