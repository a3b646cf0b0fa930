package kz.qabyldau.app.reports;

/** The office's reports were asked for by someone who is not an administrator. */
public final class ReportAccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The UI text key of the message for the operator. */
    public static final String MESSAGE_KEY = "reports.error.notAdministrator";

    public ReportAccessDeniedException() {
        super("the office's reports need the administrator role");
    }
}
