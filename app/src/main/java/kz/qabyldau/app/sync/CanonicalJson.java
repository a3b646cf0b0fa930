package kz.qabyldau.app.sync;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The one way a JSON value is written where its bytes are signed (docs/sync-protocol.md, "Canonical JSON"), in the
 * manner of RFC 8785: object members sorted by name (UTF-16 code units), no whitespace, strings escaped only where
 * JSON requires it (quote, backslash, the short escapes b f n r t, other control characters as a lower-case
 * {@code u00xx}); numbers differ from RFC 8785: integers in decimal, others in plain decimal form without exponent or
 * trailing zeros. Both sides compute it from the parsed value, so key order and whitespace of a body do not matter.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    /** The canonical UTF-8 bytes of {@code value}. */
    public static byte[] bytes(JsonNode value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(JsonNode v, StringBuilder out) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            out.append("null");
        } else if (v.isObject()) {
            List<String> names = new ArrayList<>();
            for (Iterator<String> it = v.fieldNames(); it.hasNext(); ) {
                names.add(it.next());
            }
            names.sort(null); // String order is UTF-16 code unit order, as RFC 8785 asks
            out.append('{');
            for (int i = 0; i < names.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                string(names.get(i), out);
                out.append(':');
                write(v.get(names.get(i)), out);
            }
            out.append('}');
        } else if (v.isArray()) {
            out.append('[');
            for (int i = 0; i < v.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(v.get(i), out);
            }
            out.append(']');
        } else if (v.isTextual()) {
            string(v.asText(), out);
        } else if (v.isBoolean()) {
            out.append(v.asBoolean());
        } else if (v.isIntegralNumber()) {
            out.append(v.bigIntegerValue());
        } else if (v.isNumber()) {
            out.append(number(v.decimalValue()));
        } else {
            throw new IllegalArgumentException("not a JSON value: " + v.getNodeType());
        }
    }

    /** A number without exponent or trailing zeros ({@code 12.50} → {@code 12.5}, {@code 2.0} → {@code 2}). */
    static String number(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        if (s.signum() == 0) {
            return "0";
        }
        return s.scale() <= 0 ? new BigInteger(s.toPlainString()).toString() : s.toPlainString();
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
