package kz.qabyldau.app.logging;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;

/**
 * The two appenders of the workstation, built in code rather than from XML: Logback's XML
 * configurator costs about a third of a second of start-up on this hardware.
 */
final class LogAppenders {

    /** A log file rolls over at this size or at midnight, whichever comes first. */
    static final String MAX_FILE_SIZE = "5MB";
    /** Days of rolled-over files kept. */
    static final int MAX_HISTORY_DAYS = 14;
    /** All log files together never exceed this. */
    static final String TOTAL_SIZE_CAP = "50MB";

    private static final String FILE_PATTERN =
            "%d{yyyy-MM-dd HH:mm:ss.SSS XXX} %-5level [%thread] %logger{36} - %msg%n";
    private static final String CONSOLE_PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n";

    private LogAppenders() {
    }

    /** Warnings and errors to stderr. */
    static ConsoleAppender<ILoggingEvent> stderrWarnings(LoggerContext context) {
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("STDERR");
        console.setTarget("System.err");
        console.setEncoder(encoder(context, CONSOLE_PATTERN));
        ThresholdFilter warnings = new ThresholdFilter();
        warnings.setContext(context);
        warnings.setLevel(Level.WARN.levelStr);
        warnings.start();
        console.addFilter(warnings);
        console.start();
        return console;
    }

    /**
     * Plain UTF-8 text (a clerk can open it or e-mail it), rolled daily or at
     * {@value #MAX_FILE_SIZE} into {@code <name>-<date>.<n>.log} beside it.
     */
    static RollingFileAppender<ILoggingEvent> rollingFile(LoggerContext context, Path logFile) {
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(slashes(logFile));

        String base = logFile.getFileName().toString().replaceFirst("\\.log$", "");
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(file);
        policy.setFileNamePattern(slashes(logFile.getParent()) + "/" + base + "-%d{yyyy-MM-dd}.%i.log");
        policy.setMaxFileSize(FileSize.valueOf(MAX_FILE_SIZE));
        policy.setMaxHistory(MAX_HISTORY_DAYS);
        policy.setTotalSizeCap(FileSize.valueOf(TOTAL_SIZE_CAP));
        policy.start();

        file.setRollingPolicy(policy);
        file.setEncoder(encoder(context, FILE_PATTERN));
        file.start();
        return file;
    }

    private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.setPattern(pattern);
        encoder.start();
        return encoder;
    }

    /** Logback reads a backslash in a file name pattern as an escape: Windows paths get forward slashes. */
    private static String slashes(Path path) {
        return path.toAbsolutePath().toString().replace('\\', '/');
    }
}
