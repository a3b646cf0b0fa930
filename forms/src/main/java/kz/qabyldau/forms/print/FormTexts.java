package kz.qabyldau.forms.print;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Reads form texts from {@code /qabyldau/forms/<form>.<lang>.json} on the class path and keeps
 * them (they are read-only data). See {@code docs/form-texts.md} for the format. Texts received later (by sync)
 * can be laid over them per day ({@link #FormTexts(Function)}, {@link #load(String, String, LocalDate)}).
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
    /** Received texts parsed, by their whole text (a handful: one per form, language and update). */
    private final Map<String, FormText> receivedCache = new ConcurrentHashMap<>();
    private final Function<LocalDate, Map<String, String>> received;

    /** Only the bundled texts. */
    public FormTexts() {
        this(day -> Map.of());
    }

    /**
     * The bundled texts under the texts received by a day: {@code received} gives, for a day, the received text
     * files in force by name {@code <form>.<lang>} (e.g. {@code permit-app4.kk}); it is asked on every
     * {@link #load(String, String, LocalDate)}.
     */
    public FormTexts(Function<LocalDate, Map<String, String>> received) {
        this.received = Objects.requireNonNull(received, "received");
    }

    /**
     * The text of {@code form} in {@code language} in force on {@code day}: a received text whose own
     * {@code effectiveFrom} has come, else the bundled one.
     *
     * @throws FormPrintException as {@link #load(String, String)}
     */
    public FormText load(String form, String language, LocalDate day) {
        check(form, language);
        String name = form + "." + language;
        String text = received.apply(day).get(name);
        if (text != null) {
            FormText t = receivedCache.computeIfAbsent(text, x -> parseReceived(x, name));
            if (t.effectiveFrom() == null || !t.effectiveFrom().isAfter(day)) {
                return t;
            }
        }
        return load(form, language);
    }

    /**
     * Parses a text received for {@code name} ({@code <form>.<lang>}): a known form and language, the format
     * of the bundled texts, and the {@code form} and {@code language} inside matching the name.
     *
     * @throws FormPrintException {@code NO_FORM_TEXT} or {@code BAD_FORM_TEXT}
     */
    public static FormText parseReceived(String text, String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            throw bad(name, "the name is not <form>.<language>");
        }
        check(name.substring(0, dot), name.substring(dot + 1));
        FormText parsed = parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name);
        if (!name.equals(parsed.form() + "." + parsed.language())) {
            throw bad(name, "it says it is " + parsed.form() + "." + parsed.language());
        }
        return parsed;
    }

    /**
     * @throws FormPrintException {@code NO_FORM_TEXT} for an unknown form or language, or
     *                            {@code BAD_FORM_TEXT} when the file breaks the format
     */
    public FormText load(String form, String language) {
        check(form, language);
        return cache.computeIfAbsent(form + "." + language, this::read);
    }

    private static void check(String form, String language) {
        if (!FORM_IDS.contains(form)) {
            throw new FormPrintException(FormPrintException.Reason.NO_FORM_TEXT,
                    "unknown form '" + form + "'; the forms are " + String.join(", ", FORM_IDS), List.of(form));
        }
        if (!LANGUAGES.contains(language)) {
            throw new FormPrintException(FormPrintException.Reason.NO_FORM_TEXT,
                    "unknown language '" + language + "'; use kk or ru", List.of(language));
        }
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
