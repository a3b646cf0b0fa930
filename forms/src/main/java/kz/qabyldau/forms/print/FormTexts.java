package kz.qabyldau.forms.print;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Reads form texts from {@code /qabyldau/forms/<form>.<lang>.json} on the class path and keeps
 * them (they are read-only data). See {@code docs/form-texts.md} for the format.
 */
public final class FormTexts {

    /** The forms the rules define (appendices), in the order of the rules. */
    public static final List<String> FORM_IDS = List.of("permit-app1", "permit-app3", "permit-app4",
            "permit-app5", "permit-app6", "permit-app7", "permit-app8", "qualification-app1",
            "qualification-app3");

    /** The languages a form is printed in. */
    public static final List<String> LANGUAGES = List.of("kk", "ru");

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Map<String, FormText> cache = new ConcurrentHashMap<>();

    /**
     * @throws FormPrintException {@code NO_FORM_TEXT} for an unknown form or language, or
     *                            {@code BAD_FORM_TEXT} when the file breaks the format
     */
    public FormText load(String form, String language) {
        if (!FORM_IDS.contains(form)) {
            throw new FormPrintException(FormPrintException.Reason.NO_FORM_TEXT,
                    "unknown form '" + form + "'; the forms are " + String.join(", ", FORM_IDS), List.of(form));
        }
        if (!LANGUAGES.contains(language)) {
            throw new FormPrintException(FormPrintException.Reason.NO_FORM_TEXT,
                    "unknown language '" + language + "'; use kk or ru", List.of(language));
        }
        return cache.computeIfAbsent(form + "." + language, this::read);
    }

    private FormText read(String name) {
        String resource = "/qabyldau/forms/" + name + ".json";
        try (InputStream in = FormTexts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new FormPrintException(FormPrintException.Reason.NO_FORM_TEXT,
                        "there is no text of form " + name + " yet (" + resource + ")", List.of(name));
            }
            return parse(in, name);
        } catch (IOException e) {
            throw bad(name, "cannot read " + resource + ": " + e.getMessage());
        }
    }

    /** Parses a form text; {@code name} is used in messages. */
    public static FormText parse(InputStream in, String name) {
        try {
            FormText text = MAPPER.readValue(in, FormText.class);
            if (text.blocks().isEmpty()) {
                throw bad(name, "the form text has no blocks");
            }
            return text;
        } catch (IOException e) {
            throw bad(name, e.getMessage());
        }
    }

    static FormPrintException bad(String name, String message) {
        return new FormPrintException(FormPrintException.Reason.BAD_FORM_TEXT,
                "form text " + name + " is broken: " + message, List.of(name, message));
    }
}
