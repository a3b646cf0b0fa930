package kz.qabyldau.app.arch.samples;

import ch.qos.logback.classic.Level;

/** Wrong on purpose: uses the Logback backend directly outside the logging package. */
public class UsesLogback {
    final Level level = Level.DEBUG;
}
