package kz.qabyldau.forms.verdict;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kz.qabyldau.forms.service.LocalizedText;

/**
 * The verdict as JSON in the stable format {@code qabyldau.verdict/1} ({@code docs/verdict-format.md}). Keys come
 * in a fixed order and maps are sorted, so the same verdict always prints the same bytes.
 */
public final class VerdictJson {

    /** The format id written into every verdict. */
    public static final String FORMAT = "qabyldau.verdict/1";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private VerdictJson() {
    }

    /** The verdict as a JSON tree. */
    public static ObjectNode toTree(Verdict v) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("service", v.service());
        root.put("definitionVersion", v.definitionVersion());
        root.put("asOf", v.asOf().toString());
        root.put("registrationDay", v.registrationDay().toString());
        root.put("outcome", v.outcome().name());
        root.put("readyToSend", v.readyToSend());
        ArrayNode receipt = root.putArray("receipt");
        for (ReceiptLine line : v.receipt()) {
            ObjectNode n = receipt.addObject();
            n.put("document", line.document());
            n.put("reason", line.reason());
            n.put("rule", line.rule());
            n.set("message", text(line.message()));
        }
        ArrayNode errors = root.putArray("fieldErrors");
        for (FieldError e : v.fieldErrors()) {
            ObjectNode n = errors.addObject();
            n.put("field", e.field());
            n.put("code", e.code());
            n.set("message", text(e.message()));
        }
        ArrayNode warnings = root.putArray("warnings");
        for (Warning w : v.warnings()) {
            ObjectNode n = warnings.addObject();
            n.put("code", w.code());
            n.put("ground", w.ground());
            n.put("paragraph", w.paragraph());
            n.set("message", text(w.message()));
            w.override().ifPresentOrElse(o -> {
                ObjectNode over = n.putObject("override");
                over.put("reason", o.reason());
                over.put("clerk", o.clerk());
            }, () -> n.putNull("override"));
        }
        ObjectNode dates = root.putObject("dates");
        v.dates().forEach((name, day) -> dates.put(name, day.toString()));
        ObjectNode figures = root.putObject("figures");
        v.figures().forEach(figures::put);
        return root;
    }

    /** The verdict as pretty-printed JSON. */
    public static String write(Verdict v) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toTree(v));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static ObjectNode text(LocalizedText t) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("kk", t.kk());
        n.put("ru", t.ru());
        n.put("en", t.en());
        return n;
    }
}
