package kz.qabyldau.app;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.LoggerFactory;

import kz.qabyldau.app.cli.Command;
import kz.qabyldau.app.cli.CommandLine;
import kz.qabyldau.app.cli.Commands;
import kz.qabyldau.app.config.AppVersion;
import kz.qabyldau.app.config.StorageException;
import kz.qabyldau.app.ui.WorkstationApp;

/**
 * Entry point of {@code qabyldau.jar}. A separate class from the JavaFX application so that the
 * jar runs with JavaFX on the plain class path; sub-commands and {@code --help}/{@code --version}
 * never load the toolkit or open a window.
 */
@AllowedToUseStandardStreams("the command line speaks to the terminal that started it")
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        // Exit explicitly: after the window closes, background workers (sync) must not keep the process alive.
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the command line.
     *
     * @return the exit code (for the window: once it is closed)
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine line;
        try {
            line = CommandLine.parse(Arrays.asList(args));
        } catch (CommandLine.UsageException e) {
            err.println("qabyldau: " + e.getMessage());
            err.println("Try 'qabyldau --help'.");
            return 2;
        }
        if (line.version()) {
            out.println("Qabyldau " + AppVersion.current());
            return 0;
        }
        if (line.command().isEmpty()) {
            if (line.help()) {
                out.print(help());
                return 0;
            }
            // Before anything else is loaded: a plain `java -jar` hands the window to a JVM tuned for start-up.
            Optional<Integer> handedOn = TunedStart.handOn(Arrays.asList(args));
            if (handedOn.isPresent()) {
                return handedOn.get();
            }
            try {
                return WorkstationApp.start(line.options());
            } catch (RuntimeException | LinkageError e) {
                if (!WindowFailure.isDesktopMissing(e)) {
                    throw e;
                }
                return WindowFailure.report(e, line.options(), err);
            }
        }
        Optional<Command> command = Commands.find(line.command().get());
        if (command.isEmpty()) {
            err.println("qabyldau: unknown command '" + line.command().get() + "'");
            err.println("Try 'qabyldau --help'.");
            return 2;
        }
        if (line.help() || line.commandArgs().contains("--help")) {
            out.print(command.get().usage());
            return 0;
        }
        try {
            return command.get().run(line.commandArgs(), line.options(), out, err);
        } catch (RuntimeException e) {
            return failed(command.get().name(), e, err);
        }
    }

    /** Exit status of every sub-command whose data folder or database cannot be used. */
    static final int STORAGE_FAILURE = 4;
    /** Exit status of a sub-command that failed for a reason it did not expect (details in the log). */
    static final int UNEXPECTED_FAILURE = 70;

    /**
     * One line, never a stack trace: a storage failure (read-only folder, locked or damaged database,
     * database missing) in the user's language with {@link #STORAGE_FAILURE}; anything else as a short
     * English line with {@link #UNEXPECTED_FAILURE}, the details going to the log only.
     */
    static int failed(String command, RuntimeException e, PrintStream err) {
        Optional<StorageException> storage = storageCause(e);
        if (storage.isPresent()) {
            err.println("qabyldau " + command + ": " + storage.get().localizedMessage(Locale.getDefault()));
            return STORAGE_FAILURE;
        }
        LoggerFactory.getLogger(Launcher.class).error("qabyldau {} failed", command, e);
        err.println("qabyldau " + command + ": unexpected error (" + e.getClass().getSimpleName()
                + "); nothing more was done. Details are in the log file.");
        return UNEXPECTED_FAILURE;
    }

    private static Optional<StorageException> storageCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StorageException s) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    static String help() {
        StringBuilder sb = new StringBuilder();
        sb.append("Qabyldau ").append(AppVersion.current())
                .append(" - front-office workstation for labour-immigrant permits and qualification certificates\n\n")
                .append("Usage: java -jar qabyldau.jar [OPTIONS] [COMMAND [ARGS...]]\n\n")
                .append("Without a command the workstation window opens.\n\n")
                .append("Options:\n")
                .append("  --data-dir DIR   keep the database, logs and printed forms in DIR\n")
                .append("                   (default: $XDG_DATA_HOME/qabyldau, ~/.local/share/qabyldau,\n")
                .append("                   or %LOCALAPPDATA%\\Qabyldau on Windows)\n")
                .append("  --training       training mode: a separate database and a simulated central service\n")
                .append("  --help           show this help (or a command's help: COMMAND --help)\n")
                .append("  --version        print the version\n")
                .append("\nThe window exits with ").append(WindowFailure.NO_WINDOW)
                .append(" and one line when it cannot open (GTK 3, libgtk-3-0, missing, or no display).\n");
        if (!Commands.all().isEmpty()) {
            sb.append("\nCommands:\n");
            for (Command c : Commands.all()) {
                sb.append(String.format("  %-10s %s%n", c.name(), c.summary()));
            }
            sb.append("\nEvery command exits with ").append(STORAGE_FAILURE)
                    .append(" when the data folder or the database cannot be used (read-only, locked, damaged,\n")
                    .append("missing), with one line saying why, and ").append(UNEXPECTED_FAILURE)
                    .append(" on an unexpected error (details in the log).\n");
        }
        return sb.toString();
    }
}
