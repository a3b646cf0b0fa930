package kz.qabyldau.app.print;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A form could not be sent to a printer or opened in a viewer. Not a bug: a workstation without
 * a printer is normal in a district office. {@link #message(Locale)} words it for the clerk from
 * the {@code qabyldau/i18n/print} bundle.
 */
public final class PrintingException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong; each has a message key {@code print.printer.*} or {@code print.viewer.*}. */
    public enum Problem {
        NO_PRINTER("print.printer.none"),
        PRINTER_NOT_FOUND("print.printer.notFound"),
        PRINTER_FAILED("print.printer.failed"),
        NO_VIEWER("print.viewer.none");

        private final String key;

        Problem(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private final Problem problem;
    private final List<String> args;

    public PrintingException(Problem problem, List<String> args, Throwable cause) {
        super(format(problem, args, Locale.ENGLISH), cause);
        this.problem = problem;
        this.args = List.copyOf(args);
    }

    public Problem problem() {
        return problem;
    }

    /** The message in the clerk's language ({@code kk}, {@code ru} or {@code en}). */
    public String message(Locale locale) {
        return format(problem, args, locale);
    }

    private static String format(Problem problem, List<String> args, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("qabyldau.i18n.print", locale);
        return new MessageFormat(bundle.getString(problem.key()), locale).format(args.toArray());
    }
}
