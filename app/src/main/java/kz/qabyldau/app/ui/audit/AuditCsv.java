package kz.qabyldau.app.ui.audit;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The audit page's export: RFC 4180 CSV (comma, CRLF, quotes doubled) in UTF-8 with a byte order mark, so
 * that a spreadsheet opened by double click reads Cyrillic and Kazakh letters right. A cell that a spreadsheet
 * would take for a formula ({@code = + - @}, tab, carriage return) starts with an apostrophe: the details hold
 * text typed at the desk.
 */
final class AuditCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private AuditCsv() {
    }

    static byte[] write(List<String> header, List<List<String>> rows) {
        StringBuilder sb = new StringBuilder();
        line(sb, header);
        rows.forEach(r -> line(sb, r));
        byte[] text = sb.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(text, 0, all, BOM.length, text.length);
        return all;
    }

    private static void line(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(cell(cells.get(i)));
        }
        sb.append("\r\n");
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
