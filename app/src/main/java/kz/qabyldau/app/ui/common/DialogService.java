package kz.qabyldau.app.ui.common;

/**
 * Every message box the workstation shows goes through here, so view models can be tested with
 * a recording implementation. Texts arrive already in the clerk's language.
 */
public interface DialogService {

    /** An error the clerk must acknowledge; blocks until it is closed. */
    void showError(String title, String message);

    /** Information the clerk must acknowledge; blocks until it is closed. */
    void showInformation(String title, String message);
}
