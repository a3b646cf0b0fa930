package kz.qabyldau.forms.reference.versioning;

/** Reference data is missing, malformed or does not cover what was asked. */
public class ReferenceDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReferenceDataException(String message) {
        super(message);
    }

    public ReferenceDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
