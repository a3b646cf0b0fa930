package kz.qabyldau.app.cli;

import kz.qabyldau.app.config.LaunchOptions;
import kz.qabyldau.forms.application.Application;
import kz.qabyldau.forms.application.ApplicationFormatException;
import kz.qabyldau.forms.application.ApplicationJson;
import kz.qabyldau.forms.service.DefinitionException;
import kz.qabyldau.forms.reference.versioning.ReferenceDataException;
import kz.qabyldau.forms.verdict.CannotJudgeException;
import kz.qabyldau.forms.verdict.FieldError;
import kz.qabyldau.forms.verdict.Verdict;
import kz.qabyldau.forms.verdict.VerdictJson;
import kz.qabyldau.forms.verdict.Verdicts;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.io.InputStream;
import java.nio.ByteBuffer;

/**
 * {@code check APPLICATION.json [--as-of yyyy-MM-ddTHH:mm | yyyy-MM-dd]}: prints the verdict as JSON
 * ({@code docs/verdict-format.md}).
 * Exit 0 accept (with or without warnings), 3 refuse intake, 2 input error (unreadable file, malformed JSON,
 * unknown service, bad date, form fields to correct), 1 when the bundled law data itself cannot be loaded.
 */
public final class CheckCommand implements Command {

    static final int ACCEPT = 0;
    static final int BROKEN_DATA = 1;
    static final int INPUT_ERROR = 2;
    static final int REFUSE_INTAKE = 3;

    private final Supplier<Verdicts> judge;
    private final Clock clock;

    /** The command with the bundled definitions and reference data, judging undated applications at "now". */
    public CheckCommand() {
        this(Verdicts::bundled, Clock.systemDefaultZone());
    }

    CheckCommand(Supplier<Verdicts> judge, Clock clock) {
        this.judge = judge;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "check";
    }

    @Override
    public String summary() {
        return "judge an application file: accept / refuse intake, warnings, dates (JSON)";
    }

    @Override
    public String usage() {
        return """
                Usage: qabyldau check APPLICATION.json [--as-of yyyy-MM-ddTHH:mm | --as-of yyyy-MM-dd]

                Prints the verdict on the application as JSON (format qabyldau.verdict/1, see docs/verdict-format.md).
                The application is judged as filed at --as-of, else at its "filedAt", else now (said on
                standard error). A date alone in --as-of means 09:00 that day, the office's opening.
                Problems go to standard error as: qabyldau check: FILE: FIELD: message

                Exit status: 0 accept (with or without warnings), 3 refuse intake (p.17),
                             2 input error or form fields to correct, 1 law data cannot be loaded.
                """;
    }

    @Override
    public int run(List<String> args, LaunchOptions options, PrintStream out, PrintStream err) {
        Arguments parsed;
        try {
            parsed = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            return inputError(err, e.getMessage() + "\n" + usage());
        }
        Application application;
        try {
            application = ApplicationJson.read(readText(parsed.file()));
        } catch (NoSuchFileException e) {
            return inputError(err, parsed.file() + ": no such file");
        } catch (CharacterCodingException e) {
            return inputError(err, parsed.file() + ": not UTF-8 text");
        } catch (TooLargeException e) {
            return inputError(err, parsed.file() + ": larger than " + MAX_INPUT_BYTES / 1024
                    + " KB: not an application file");
        } catch (IOException e) {
            return inputError(err, parsed.file() + ": cannot read (" + e.getMessage() + ")");
        } catch (ApplicationFormatException e) {
            return inputError(err, parsed.file() + ": " + e.getMessage());
        }
        Optional<LocalDateTime> given = parsed.asOf().or(() -> Optional.ofNullable(application.filedAt()));
        LocalDateTime asOf = given.orElseGet(() -> LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES));
        if (given.isEmpty()) {
            // The verdict depends on the moment: say so when it is this machine's clock, not the application's.
            err.println("qabyldau check: " + parsed.file() + ": filedAt: no filedAt and no --as-of; judged as filed"
                    + " now, " + asOf + " by this computer's clock");
        }
        Verdict verdict;
        try {
            verdict = judge.get().evaluate(application, asOf);
        } catch (CannotJudgeException e) {
            return inputError(err, parsed.file() + ": " + e.getMessage());
        } catch (DefinitionException | ReferenceDataException e) {
            err.println("qabyldau check: the law data cannot be loaded: " + e.getMessage());
            return BROKEN_DATA;
        }
        out.println(VerdictJson.write(verdict));
        return switch (verdict.outcome()) {
            case ACCEPT -> ACCEPT;
            case REFUSE_INTAKE -> REFUSE_INTAKE;
            case CORRECT_FIELDS -> {
                for (FieldError e : verdict.fieldErrors()) {
                    err.println("qabyldau check: " + parsed.file() + ": " + e.field() + ": " + e.message().en());
                }
                yield INPUT_ERROR;
            }
        };
    }

    /**
     * An application file is a few kilobytes (with every field and document, under 10 KB); anything
     * over this is not one, and reading it whole (a 2 GB file, {@code /dev/zero}) would only exhaust
     * the memory.
     */
    static final int MAX_INPUT_BYTES = 1024 * 1024;

    /** The file is larger than {@link #MAX_INPUT_BYTES}. */
    static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;
    }

    private static String readText(Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_INPUT_BYTES + 1);
        }
        if (bytes.length > MAX_INPUT_BYTES) {
            throw new TooLargeException();
        }
        // Strict UTF-8: a file in another encoding is reported, not silently garbled.
        return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static int inputError(PrintStream err, String message) {
        err.println("qabyldau check: " + message);
        return INPUT_ERROR;
    }

    /** The command's own arguments: one file and an optional {@code --as-of}. */
    record Arguments(Path file, Optional<LocalDateTime> asOf) {

        /** The time a date alone in {@code --as-of} stands for: 09:00, when the office opens. */
        static final LocalTime DAY_ALONE = LocalTime.of(9, 0);

        static Arguments parse(List<String> args) {
            Path file = null;
            Optional<LocalDateTime> asOf = Optional.empty();
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                String value = null;
                if (arg.equals("--as-of")) {
                    if (i + 1 >= args.size()) {
                        throw new IllegalArgumentException("--as-of needs a date and time, e.g. 2026-03-02T10:15");
                    }
                    value = args.get(++i);
                } else if (arg.startsWith("--as-of=")) {
                    value = arg.substring("--as-of=".length());
                } else if (arg.startsWith("-")) {
                    throw new IllegalArgumentException("unknown option " + arg);
                } else if (file != null) {
                    throw new IllegalArgumentException("one application file at a time (got " + file + " and " + arg
                            + ")");
                } else {
                    file = Path.of(arg);
                }
                if (value != null) {
                    asOf = Optional.of(parseMoment(value));
                }
            }
            if (file == null) {
                throw new IllegalArgumentException("which application? give APPLICATION.json");
            }
            return new Arguments(file, asOf);
        }

        private static LocalDateTime parseMoment(String value) {
            try {
                if (value.length() == "yyyy-MM-dd".length()) {
                    // A day alone is judged at the office's opening, so the filing counts on that very day (p.14).
                    return LocalDate.parse(value).atTime(DAY_ALONE);
                }
                return LocalDateTime.parse(value);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--as-of: '" + value
                        + "' is not a date and time (yyyy-MM-ddTHH:mm, e.g. 2026-03-02T10:15, or a date alone,"
                        + " 2026-03-02)");
            }
        }
    }
}
