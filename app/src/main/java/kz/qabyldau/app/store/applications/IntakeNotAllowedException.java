package kz.qabyldau.app.store.applications;

/**
 * The verdict does not allow what the clerk asked (accept or refuse at intake), or the application
 * is not ready for it; {@link #messageKey()} says why. Nothing was changed.
 */
public final class IntakeNotAllowedException extends ApplicationStoreException {

    private static final long serialVersionUID = 1L;

    /** The verdict refuses intake (p.17): print the receipt instead. */
    public static final String REFUSE_INTAKE = "applications.accept.refuseIntake";
    /** The verdict has field errors to correct. */
    public static final String FIELD_ERRORS = "applications.accept.fieldErrors";
    /** {0} the warning code that has no recorded override. */
    public static final String WARNING_NOT_OVERRIDDEN = "applications.accept.warningNotOverridden";
    /** {0} the document type whose scan is not stored here. */
    public static final String SCAN_MISSING = "applications.accept.scanMissing";
    /** The verdict is of another service than the application. */
    public static final String WRONG_VERDICT = "applications.accept.wrongVerdict";
    /** Refuse intake asked, but the verdict finds no ground of p.17. */
    public static final String NOT_REFUSABLE = "applications.refuse.notRefusable";

    IntakeNotAllowedException(String key, Object... arguments) {
        super(key, arguments);
    }
}
