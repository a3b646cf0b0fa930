package kz.qabyldau.forms.print;

import java.util.List;

/**
 * A form cannot be printed from the given text and data. The message is meant for the person
 * who gave the input (a clerk or the command line); {@link #reason()} and {@link #details()}
 * let a user interface word it in the clerk's language ({@code i18n/print_*.properties} keys
 * {@code print.error.<reason>}, with the details as {@code {0}}, {@code {1}} …).
 */
public class FormPrintException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why printing failed. */
    public enum Reason {
        /** No text for this form and language. */
        NO_FORM_TEXT,
        /** The form text file cannot be read or breaks the format. */
        BAD_FORM_TEXT,
        /** A placeholder names a value the engine does not know. */
        UNKNOWN_PLACEHOLDER,
        /** A value has characters the form's font cannot show. */
        UNPRINTABLE_CHARACTERS,
        /** The print data file cannot be read. */
        BAD_DATA
    }

    private final Reason reason;
    private final List<String> details;

    public FormPrintException(Reason reason, String message, List<String> details, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.details = List.copyOf(details);
    }

    public FormPrintException(Reason reason, String message, List<String> details) {
        this(reason, message, details, null);
    }

    public Reason reason() {
        return reason;
    }

    public List<String> details() {
        return details;
    }
}
