package kz.qabyldau.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import kz.qabyldau.app.config.LaunchOptions;

/**
 * The launcher's command line split into global options, an optional sub-command and its
 * arguments. Global options come before the sub-command; everything after it belongs to it.
 */
public record CommandLine(LaunchOptions options, boolean help, boolean version,
                          Optional<String> command, List<String> commandArgs) {

    /** A command line that cannot be understood; the message is for the person who typed it. */
    public static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        public UsageException(String message) {
            super(message);
        }
    }

    public static CommandLine parse(List<String> args) throws UsageException {
        Optional<Path> dataDir = Optional.empty();
        boolean training = false;
        boolean help = false;
        boolean version = false;
        int i = 0;
        for (; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("-")) {
                break;
            }
            switch (arg) {
                case "--help", "-h" -> help = true;
                case "--version", "-V" -> version = true;
                case "--training" -> training = true;
                case "--data-dir" -> {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("--data-dir needs a folder");
                    }
                    dataDir = Optional.of(Path.of(args.get(++i)));
                }
                default -> {
                    if (arg.startsWith("--data-dir=")) {
                        dataDir = Optional.of(Path.of(arg.substring("--data-dir=".length())));
                    } else {
                        throw new UsageException("unknown option " + arg);
                    }
                }
            }
        }
        Optional<String> command = i < args.size() ? Optional.of(args.get(i)) : Optional.empty();
        List<String> rest = command.isPresent() ? List.copyOf(args.subList(i + 1, args.size())) : List.of();
        return new CommandLine(new LaunchOptions(dataDir, training), help, version, command, rest);
    }
}
