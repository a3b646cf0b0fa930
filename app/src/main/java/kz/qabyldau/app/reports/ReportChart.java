package kz.qabyldau.app.reports;

import java.util.List;
import java.util.Objects;

/**
 * A chart of a report as the page draws it, for paper: a title, the names of its series (accepted, refused at
 * intake …) and one bar per label with a count per series, in the reader's language.
 */
public record ReportChart(String title, List<String> series, List<Bar> bars) {

    /** One bar: its label and one count per series. */
    public record Bar(String label, List<Integer> counts) {
        public Bar {
            Objects.requireNonNull(label, "label");
            counts = List.copyOf(counts);
        }
    }

    public ReportChart {
        Objects.requireNonNull(title, "title");
        series = List.copyOf(series);
        bars = List.copyOf(bars);
        for (Bar b : bars) {
            if (b.counts().size() != series.size()) {
                throw new IllegalArgumentException("bar '" + b.label() + "' has " + b.counts().size()
                        + " counts for " + series.size() + " series");
            }
        }
    }
}
