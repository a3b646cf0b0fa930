package kz.qabyldau.forms.application;

/**
 * An application document that cannot be read. The message names the field (JSON path) and what was expected,
 * and is fit to show to whoever produced the file.
 */
public final class ApplicationFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String field;

    public ApplicationFormatException(String field, String message, Throwable cause) {
        super(field.isEmpty() ? message : field + ": " + message, cause);
        this.field = field;
    }

    /** The JSON path of the offending field, e.g. {@code documents[0].issuedOn}; empty for the whole document. */
    public String field() {
        return field;
    }
}
