package kz.qabyldau.app.arch.samples;

import java.util.logging.Logger;

/** Wrong on purpose: logs through java.util.logging. */
public class UsesJul {
    private static final Logger LOG = Logger.getLogger("sample");

    void log() {
        LOG.info("bypasses SLF4J");
    }
}
