package kz.qabyldau.forms.verdict;

/**
 * The application cannot be judged at all: unknown service, no definition in force on its date, or no calendar
 * for its year. The message names the field at fault and is fit to show.
 */
public final class CannotJudgeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public CannotJudgeException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
