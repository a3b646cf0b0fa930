package kz.qabyldau.app;

import java.io.PrintStream;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.LoggerFactory;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.config.LaunchOptions;
import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.i18n.Language;
import kz.qabyldau.app.logging.Logging;
import java.util.Locale;

/**
 * The window could not open at all (issue #12): on a desktop without GTK 3 JavaFX fails with "Unable to load glass
 * GTK library" and a stack trace. The terminal gets one line in Kazakh, Russian and English (the saved language is
 * in a database not yet opened) naming what to install; the log file gets the detail.
 */
final class WindowFailure {

    /** Exit status when the window cannot open (no GTK 3, no display). */
    static final int NO_WINDOW = 5;

    private WindowFailure() {
    }

    /** Whether {@code e} is the toolkit failing to reach the desktop (its native library or the display). */
    static boolean isDesktopMissing(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("glass") || m.contains("gtk") || m.contains("display") || m.contains("pipeline")
                    || t instanceof UnsatisfiedLinkError) {
                return true;
            }
        }
        return false;
    }

    /** Tells the one line, logs the trace to the file only, and gives the exit status. */
    static int report(Throwable e, LaunchOptions options, PrintStream err) {
        Optional<String> log = logTo(options);
        // INFO, not ERROR: errors are echoed to the terminal, which must show one line only.
        LoggerFactory.getLogger(Launcher.class).info("The window could not open", e);
        err.println("qabyldau: " + line(log.orElse("")));
        return NO_WINDOW;
    }

    /** The message in the three languages, joined on one line. */
    static String line(String logFile) {
        I18n i18n = new I18n(Language.KK);
        String said = Stream.of(Language.KK, Language.RU, Language.EN)
                .map(l -> i18n.in(l, "window.noDesktop")).collect(Collectors.joining(" / "));
        return logFile.isEmpty() ? said : said + " (" + logFile + ")";
    }

    private static Optional<String> logTo(LaunchOptions options) {
        try {
            Logging.configure(DataFolder.resolve(options));
            return Logging.logFile().map(Object::toString);
        } catch (RuntimeException unusable) {
            return Optional.empty();
        }
    }
}
