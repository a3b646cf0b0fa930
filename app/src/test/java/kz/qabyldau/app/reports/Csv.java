package kz.qabyldau.app.reports;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A small RFC 4180 reader for the tests: what a spreadsheet would see in an exported report. */
public final class Csv {

    private Csv() {
    }

    /** The rows of a UTF-8 file with a byte order mark (fails without one: Excel would garble Kazakh letters). */
    public static List<List<String>> parse(byte[] file) {
        byte[] bom = Arrays.copyOf(file, 3);
        if (!Arrays.equals(bom, ReportCsv.BOM)) {
            throw new AssertionError("no UTF-8 byte order mark");
        }
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        if (!row.isEmpty() || cell.length() > 0) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    /** The data rows of the table titled {@code title}: the rows after its header up to the next empty line. */
    public static List<List<String>> table(List<List<String>> rows, String title) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).equals(List.of(title))) {
                List<List<String>> result = new ArrayList<>();
                for (int j = i + 2; j < rows.size() && !rows.get(j).equals(List.of("")); j++) {
                    result.add(rows.get(j));
                }
                return result;
            }
        }
        throw new AssertionError("no table " + title);
    }
}
