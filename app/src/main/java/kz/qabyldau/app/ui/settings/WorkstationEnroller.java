package kz.qabyldau.app.ui.settings;

import java.net.URI;

import kz.qabyldau.app.sync.SyncFailure;

/**
 * How the Settings page enrols this workstation with the central service (the desk's sync does it:
 * {@code DeskSync.enrol}). Blocking: the page runs it off the FX thread.
 */
@FunctionalInterface
public interface WorkstationEnroller {

    /**
     * Enrols with the one-time {@code code} at {@code central}.
     *
     * @return the office the central service registered the workstation for
     * @throws SyncFailure REJECTED {@code ENROLMENT_REFUSED} for a wrong, used or expired code; OFFLINE or TIMEOUT
     */
    String enrol(URI central, String code) throws SyncFailure;
}
