package kz.qabyldau.app.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Optional;

/**
 * Where a command reads passwords from: the terminal without echo when there is one, else one line
 * of standard input per password (a script: {@code printf '%s\n' "$ADMIN" "$NEW" "$NEW" | qabyldau operators …}).
 * Never the command line, which other accounts can see in the process list and the shell keeps in its history.
 */
interface SecretInput {

    /** The next secret, or empty at the end of the input. Never logged; the caller wipes it. */
    Optional<char[]> read(String prompt);

    /** The process's terminal, or its standard input when there is none. */
    static SecretInput standard() {
        Console console = System.console();
        if (console != null) {
            return prompt -> Optional.ofNullable(console.readPassword("%s", prompt));
        }
        return lines(new InputStreamReader(System.in, Charset.defaultCharset()));
    }

    /** One secret per line of {@code reader} (without the line end), read a character at a time. */
    static SecretInput lines(Reader reader) {
        return prompt -> {
            char[] buffer = new char[64];
            int length = 0;
            try {
                int c = reader.read();
                if (c < 0) {
                    return Optional.empty();
                }
                while (c >= 0 && c != '\n') {
                    if (length == buffer.length) {
                        char[] bigger = Arrays.copyOf(buffer, buffer.length * 2);
                        Arrays.fill(buffer, '\0');
                        buffer = bigger;
                    }
                    buffer[length++] = (char) c;
                    c = reader.read();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (length > 0 && buffer[length - 1] == '\r') {
                length--;
            }
            char[] secret = Arrays.copyOf(buffer, length);
            Arrays.fill(buffer, '\0');
            return Optional.of(secret);
        };
    }
}
