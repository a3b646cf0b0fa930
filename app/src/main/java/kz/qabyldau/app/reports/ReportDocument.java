package kz.qabyldau.app.reports;

import java.util.List;
import java.util.Objects;

/**
 * A report ready to be written out: a title, lines saying what it covers, its charts and its tables, in one
 * language. {@link ReportCsv} and {@link ReportPdf} write the same document, so the file and the paper say the same
 * (the CSV has the charts' figures in the tables).
 *
 * @param language {@code kk}, {@code ru} or {@code en}
 */
public record ReportDocument(String title, List<String> lines, List<ReportChart> charts, List<ReportTable> tables,
                             String language) {

    public ReportDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        lines = List.copyOf(lines);
        charts = List.copyOf(charts);
        tables = List.copyOf(tables);
    }

    /** A document without charts. */
    public ReportDocument(String title, List<String> lines, List<ReportTable> tables, String language) {
        this(title, lines, List.of(), tables, language);
    }

    /** How many data rows in all (what the audit trail records of an export). */
    public int rowCount() {
        return tables.stream().mapToInt(t -> t.rows().size()).sum();
    }
}
