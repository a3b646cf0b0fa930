package kz.qabyldau.forms.print;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Reads the data a form is printed from: either an application ({@code qabyldau.application/1},
 * see {@code docs/application-format.md}) or a print request ({@code qabyldau.print/1}) that
 * wraps an application with the {@code decision}, {@code receipt}, {@code office} and
 * {@code clerk} values and the printing date ({@code today}). Objects are flattened into dotted
 * ids ({@code decision.permitNumber}); arrays of texts become list values.
 */
public final class PrintDataReader {

    public static final String PRINT_FORMAT = "qabyldau.print/1";
    public static final String APPLICATION_FORMAT = "qabyldau.application/1";
    private static final List<String> SECTIONS = List.of("decision", "receipt", "office", "clerk");

    private final ObjectMapper mapper = new ObjectMapper();

    /**
     * @param fallbackToday the printing date when the data names none
     * @throws FormPrintException ({@code BAD_DATA}) when the input is not such a document
     */
    public PrintData read(InputStream in, LocalDate fallbackToday) {
        JsonNode root;
        try {
            root = mapper.readTree(in);
        } catch (JsonProcessingException e) {
            throw bad("the data is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw bad("the data cannot be read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw bad("the data must be a JSON object", null);
        }
        String format = root.path("format").asText("");
        JsonNode application;
        if (PRINT_FORMAT.equals(format)) {
            application = root.path("application");
        } else if (APPLICATION_FORMAT.equals(format)) {
            application = root;
        } else {
            throw bad("unknown data format '" + format + "' (expected " + PRINT_FORMAT + " or "
                    + APPLICATION_FORMAT + ")", null);
        }
        PrintData.Builder b = PrintData.builder(today(root, application, fallbackToday));
        if (application.isObject()) {
            String service = application.path("service").asText("");
            if (service.contains(".")) {
                b.put("service.action", service.substring(service.indexOf('.') + 1));
            }
            flatten("", application.path("fields"), b);
        }
        for (String section : SECTIONS) {
            flatten(section + ".", root.path(section), b);
        }
        b.putList("application.attachments", attachments(root, application));
        return b.build();
    }

    /**
     * The documents attached to the application: the print request's {@code attachments} (their
     * names in the form's language) or else the presented documents' {@code name} or type.
     */
    private static List<String> attachments(JsonNode root, JsonNode application) {
        List<String> out = new ArrayList<>();
        if (root.path("attachments").isArray()) {
            root.path("attachments").forEach(n -> out.add(n.asText()));
            return out;
        }
        application.path("documents").forEach(d -> {
            if (d.path("presented").asBoolean(false)) {
                out.add(d.path("name").asText(d.path("type").asText("")));
            }
        });
        out.removeIf(String::isBlank);
        return out;
    }

    private static LocalDate today(JsonNode root, JsonNode application, LocalDate fallback) {
        String text = root.path("today").asText("");
        if (text.isEmpty()) {
            String filed = application.path("filedAt").asText("");
            text = filed.length() >= 10 ? filed.substring(0, 10) : "";
        }
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw bad("'today' must be a date yyyy-MM-dd, not '" + text + "'", e);
        }
    }

    private static void flatten(String prefix, JsonNode node, PrintData.Builder b) {
        if (!node.isObject()) {
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String id = prefix + e.getKey();
            JsonNode v = e.getValue();
            if (v.isObject()) {
                flatten(id + ".", v, b);
            } else if (v.isArray()) {
                List<String> list = new ArrayList<>();
                v.forEach(item -> list.add(item.isValueNode() ? item.asText() : item.toString()));
                b.putList(id, list);
            } else if (!v.isNull()) {
                b.put(id, v.asText());
            }
        }
    }

    private static FormPrintException bad(String message, Throwable cause) {
        return new FormPrintException(FormPrintException.Reason.BAD_DATA, message, List.of(message), cause);
    }
}
