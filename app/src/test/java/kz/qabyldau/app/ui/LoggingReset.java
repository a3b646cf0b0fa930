package kz.qabyldau.app.ui;

import java.lang.reflect.Method;

import kz.qabyldau.app.logging.Logging;

/**
 * Puts logging back to its start-up state after a test that opened a real workstation (which
 * points the log at a temporary data folder). Without it the log file stays open in a folder
 * JUnit is about to delete (fatal on Windows) and later tests see a log file that no longer
 * exists. {@code Logging.resetToDefault} is package-private for tests of its own package, hence
 * the reflection.
 */
public final class LoggingReset {

    private LoggingReset() {
    }

    public static void restoreDefault() {
        try {
            Method reset = Logging.class.getDeclaredMethod("resetToDefault");
            reset.setAccessible(true);
            reset.invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Logging.resetToDefault() is gone; update this test helper", e);
        }
    }
}
