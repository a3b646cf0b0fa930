package kz.qabyldau.app.reports;

import java.util.List;

/**
 * The provider's decisions received in a period.
 *
 * @param issued     permits and certificates issued (and notices registered)
 * @param refused    refused by the provider
 * @param onTime     decided on or before the deadline of p.7
 * @param late       decided after it, oldest first (at most {@link ReportService#LATE_LISTED})
 * @param lateCount  how many were late in all
 * @param grounds    the provider's refusal grounds, most frequent first
 */
public record DecisionFigures(int issued, int refused, int onTime, List<LateDecision> late, int lateCount,
                              List<ProviderGround> grounds) {

    public DecisionFigures {
        late = List.copyOf(late);
        grounds = List.copyOf(grounds);
    }

    public int total() {
        return issued + refused;
    }
}
