package kz.qabyldau.app.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Global options that apply to the window and to every sub-command.
 *
 * @param dataDir  the folder given with {@code --data-dir}, if any; otherwise the per-user default
 * @param training {@code --training}: a separate training database and the simulated central service
 */
public record LaunchOptions(Optional<Path> dataDir, boolean training) {

    public static LaunchOptions defaults() {
        return new LaunchOptions(Optional.empty(), false);
    }
}
