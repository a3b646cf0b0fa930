package kz.qabyldau.app.ui.shell;

import kz.qabyldau.app.config.LaunchOptions;

/** Opens the data folder, the log and the database for one run. Blocking: never called on the FX thread. */
@FunctionalInterface
public interface WorkstationOpener {

    OpenedWorkstation open(LaunchOptions options) throws Exception;
}
