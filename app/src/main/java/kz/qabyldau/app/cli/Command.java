package kz.qabyldau.app.cli;

import java.io.PrintStream;
import java.util.List;

import kz.qabyldau.app.config.LaunchOptions;

/**
 * A sub-command of the launcher ({@code check}, {@code print} …). Commands run without a window
 * and report through the streams they are given, so tests can capture them.
 */
public interface Command {

    /** The word that selects this command on the command line. */
    String name();

    /** One line for {@code --help}. */
    String summary();

    /** Usage text shown for {@code qabyldau NAME --help} or a usage error. */
    String usage();

    /**
     * Runs the command.
     *
     * @return the process exit code (0 success; 2 input error; others as documented per command)
     */
    int run(List<String> args, LaunchOptions options, PrintStream out, PrintStream err);
}
