package kz.qabyldau.app.reports;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A report as CSV a spreadsheet opens with Kazakh letters intact: UTF-8 with a byte order mark (without it
 * Excel reads the file in the system's code page), comma-separated, CRLF line ends, quoted where needed
 * (RFC 4180). Each table is its title line, its header and its rows, with an empty line after it.
 */
public final class ReportCsv {

    /** The UTF-8 byte order mark. */
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ReportCsv() {
    }

    public static byte[] bytes(ReportDocument document) {
        StringBuilder csv = new StringBuilder();
        line(csv, List.of(document.title()));
        for (String l : document.lines()) {
            line(csv, List.of(l));
        }
        csv.append("\r\n");
        for (ReportTable table : document.tables()) {
            line(csv, List.of(table.title()));
            line(csv, table.header());
            for (List<String> row : table.rows()) {
                line(csv, row);
            }
            csv.append("\r\n");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(csv.length() * 2 + 3);
        out.writeBytes(BOM);
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /**
     * One cell, quoted when it holds a comma, a quote or a line break. A text a spreadsheet would run as a
     * formula (starting with =, +, - or @, e.g. an operator's name typed that way) gets a leading apostrophe;
     * negative numbers never occur in a report.
     */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
