package kz.qabyldau.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logback's configuration before the data folder is known (and for command-line sub-commands and
 * tests): warnings and errors to stderr, nothing else anywhere, so no log line lands in an
 * uncontrolled place (no file in the working directory, no debug chatter on the console).
 * {@link Logging#configure} replaces it. Registered in
 * {@code META-INF/services/ch.qos.logback.classic.spi.Configurator}; support can still point
 * {@code -Dlogback.configurationFile} at an XML file of their own.
 */
public final class StartupLogConfigurator extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        applyTo(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    static void applyTo(LoggerContext context) {
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(LogAppenders.stderrWarnings(context));
    }
}
