package kz.qabyldau.app.config;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The parts of the operating system that decide where per-user data lives. A value rather than
 * direct {@code System.getenv} calls so tests can describe Windows, macOS or a Linux without
 * {@code XDG_DATA_HOME} without touching the real home folder.
 *
 * @param osName   the {@code os.name} system property, e.g. "Linux", "Windows 11", "Mac OS X"
 * @param userHome the {@code user.home} system property
 * @param env      environment variables
 */
public record UserEnvironment(String osName, String userHome, Map<String, String> env) {

    public UserEnvironment {
        Objects.requireNonNull(osName, "osName");
        Objects.requireNonNull(userHome, "userHome");
        env = Map.copyOf(env);
    }

    /** The environment of the running JVM. */
    public static UserEnvironment current() {
        return new UserEnvironment(System.getProperty("os.name", ""), System.getProperty("user.home", ""),
                System.getenv());
    }

    /** An environment variable that is set and not blank. */
    public Optional<String> variable(String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    public boolean isWindows() {
        return osName.startsWith("Windows");
    }

    public boolean isMac() {
        return osName.startsWith("Mac") || osName.startsWith("Darwin");
    }
}
