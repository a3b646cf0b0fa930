package kz.qabyldau.app.reports;

import java.util.List;
import java.util.Objects;

/**
 * One table of a report as the page, the CSV and the PDF show it: texts already in the reader's language.
 *
 * @param title  the table's heading
 * @param header the column names
 * @param rows   the cells, each row as long as the header
 */
public record ReportTable(String title, List<String> header, List<List<String>> rows) {

    public ReportTable {
        Objects.requireNonNull(title, "title");
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException(title + ": a row of " + row.size() + " cells under "
                        + header.size() + " columns");
            }
        }
    }
}
