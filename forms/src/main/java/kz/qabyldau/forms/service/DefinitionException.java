package kz.qabyldau.forms.service;

/** A service definition file that cannot be read or makes no sense; the message names the file. */
public final class DefinitionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DefinitionException(String message, Throwable cause) {
        super(message, cause);
    }

    public DefinitionException(String message) {
        super(message);
    }
}
