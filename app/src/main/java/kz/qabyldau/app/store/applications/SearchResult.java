package kz.qabyldau.app.store.applications;

import java.util.List;

/**
 * A page of the office search's results, newest application first.
 *
 * @param kind  what the query was taken for
 * @param total how many applications match, counted up to {@link Search#COUNT_LIMIT} (then "more than")
 * @param hits  the page asked for
 */
public record SearchResult(SearchKind kind, int total, List<SearchHit> hits) {

    public SearchResult {
        hits = List.copyOf(hits);
    }

    /** Whether {@link #total} stopped counting at {@link Search#COUNT_LIMIT}. */
    public boolean totalIsAtLeast() {
        return total >= Search.COUNT_LIMIT;
    }
}
