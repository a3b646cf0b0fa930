package kz.qabyldau.app.cli;

import java.util.List;
import java.util.Optional;

/** The sub-commands the launcher knows, in the order {@code --help} lists them. */
public final class Commands {

    private Commands() {
    }

    public static List<Command> all() {
        return List.of(
                // New sub-commands are registered here (check, print, sync, central …).
                new CheckCommand(),
                new CentralCommand(),
                new PrintCommand(),
                new SyncCommand(),
                new GenerateCommand(),
                new OperatorsCommand(),
                new AuditCommand()
        );
    }

    public static Optional<Command> find(String name) {
        return all().stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
