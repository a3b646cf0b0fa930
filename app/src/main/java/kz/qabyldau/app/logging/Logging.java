package kz.qabyldau.app.logging;

import java.net.URL;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.joran.spi.JoranException;
import kz.qabyldau.app.AppVersion;
import kz.qabyldau.app.config.DataFolder;

/**
 * Sends the workstation's log to a rolling file in the data folder ({@code logs/qabyldau.log}, or
 * {@code logs/training.log}) and warnings to stderr.
 *
 * <p>Until {@link #configure} runs, {@code logback.xml} on the class path applies: warnings and
 * errors to stderr and nothing else, so no log line lands in an uncontrolled place (no file in the
 * working directory, no debug chatter on the console) before the data folder is known.
 */
public final class Logging {

    static final String WORKSTATION_CONFIG = "/logback-workstation.xml";

    private static volatile Path logFile;

    private Logging() {
    }

    /**
     * Switches logging to the data folder. Creates the folder if needed; call it at start-up right
     * after the folder is resolved, before opening the database.
     *
     * @throws kz.qabyldau.app.config.DataFolderException the folder cannot be created or written
     */
    public static synchronized void configure(DataFolder folder) {
        Objects.requireNonNull(folder, "folder").prepare();
        LoggerContext context = logbackContext();
        context.reset();
        // Forward slashes: Logback reads backslashes in file name patterns as escapes (Windows paths).
        context.putProperty("QABYLDAU_LOG_FILE", slashes(folder.logFile()));
        String base = folder.logFile().getFileName().toString().replaceFirst("\\.log$", "");
        context.putProperty("QABYLDAU_LOG_ARCHIVE", slashes(folder.logsFolder()) + "/" + base + "-%d{yyyy-MM-dd}.%i.log");
        load(context, Logging.class.getResource(WORKSTATION_CONFIG));
        logFile = folder.logFile();
        Logger log = LoggerFactory.getLogger(Logging.class);
        log.info("Qabyldau {} on Java {} ({}), data folder {}", AppVersion.current(),
                System.getProperty("java.version"), System.getProperty("os.name"), folder);
    }

    /** The file the log is written to, for messages like "see the log file at …"; empty before {@link #configure}. */
    public static Optional<Path> logFile() {
        return Optional.ofNullable(logFile);
    }

    /** Back to {@code logback.xml} (stderr only); for tests that configured a temporary folder. */
    static synchronized void resetToDefault() {
        LoggerContext context = logbackContext();
        context.reset();
        try {
            new ContextInitializer(context).autoConfig();
        } catch (JoranException e) {
            throw new IllegalStateException("logback.xml is broken", e);
        }
        logFile = null;
    }

    private static void load(LoggerContext context, URL config) {
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(Objects.requireNonNull(config, WORKSTATION_CONFIG + " is missing"));
        } catch (JoranException e) {
            throw new IllegalStateException(WORKSTATION_CONFIG + " is broken", e);
        }
    }

    private static LoggerContext logbackContext() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (factory instanceof LoggerContext context) {
            return context;
        }
        throw new IllegalStateException("SLF4J is bound to " + factory.getClass().getName() + ", not Logback");
    }

    private static String slashes(Path path) {
        return path.toAbsolutePath().toString().replace('\\', '/');
    }
}
