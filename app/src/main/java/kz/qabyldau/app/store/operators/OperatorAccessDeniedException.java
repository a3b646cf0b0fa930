package kz.qabyldau.app.store.operators;

/** An administrator's action asked for by a clerk (or by nobody signed in): refused, nothing changed. */
public final class OperatorAccessDeniedException extends OperatorException {

    private static final long serialVersionUID = 1L;

    public OperatorAccessDeniedException(String action) {
        super(NOT_ADMINISTRATOR, "only an administrator may " + action);
    }
}
