package kz.qabyldau.app.logging;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import kz.qabyldau.app.config.AppVersion;
import kz.qabyldau.app.config.DataFolder;

/**
 * Sends the workstation's log (INFO and above) to a rolling file in the data folder
 * ({@code logs/qabyldau.log}, or {@code logs/training.log}) and warnings to stderr.
 *
 * <p>Until {@link #configure} runs, {@link StartupLogConfigurator} applies: warnings and errors to
 * stderr only.
 */
public final class Logging {

    private static volatile Path logFile;

    private Logging() {
    }

    /**
     * Switches logging to the data folder. Creates the folder if needed; call it at start-up right
     * after the folder is resolved, before opening the database. Calling it again (another folder)
     * replaces the previous configuration.
     *
     * @throws kz.qabyldau.app.config.DataFolderException the folder cannot be created or written
     */
    public static synchronized void configure(DataFolder folder) {
        Objects.requireNonNull(folder, "folder").prepare();
        LoggerContext context = logbackContext();
        context.reset();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(LogAppenders.stderrWarnings(context));
        RollingFileAppender<ILoggingEvent> file = LogAppenders.rollingFile(context, folder.logFile());
        // FQN: logback's Logger is imported to configure levels
        org.slf4j.Logger log = LoggerFactory.getLogger(Logging.class);
        if (!file.isStarted()) {
            // The folder passed prepare(), so this is rare (a file locked by an antivirus, say):
            // the clerk can still work; the warning reaches stderr.
            logFile = null;
            log.warn("Cannot write the log file {}; logging to stderr only", folder.logFile());
            return;
        }
        root.addAppender(file);
        logFile = folder.logFile();
        log.info("Qabyldau {} on Java {} ({}), data folder {}", AppVersion.current(),
                System.getProperty("java.version"), System.getProperty("os.name"), folder);
    }

    /** The file the log is written to, for "see the log file at …"; empty before {@link #configure}. */
    public static Optional<Path> logFile() {
        return Optional.ofNullable(logFile);
    }

    /**
     * Back to the start-up configuration (warnings to stderr only) and closes the log file: for
     * tests that configured a temporary folder JUnit is about to delete (an open file cannot be
     * deleted on Windows), and for a clean shutdown.
     */
    public static synchronized void resetToDefault() {
        LoggerContext context = logbackContext();
        context.reset();
        StartupLogConfigurator.applyTo(context);
        logFile = null;
    }

    private static LoggerContext logbackContext() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (factory instanceof LoggerContext context) {
            return context;
        }
        throw new IllegalStateException("SLF4J is bound to " + factory.getClass().getName() + ", not Logback");
    }
}
