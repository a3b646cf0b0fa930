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

    /**
     * Asks the clerk to confirm an action that cannot be undone from the desk (deleting a draft, opening restored
     * drafts). {@code yes} and {@code no} label the two buttons; the answer is true only for {@code yes}.
     * Implementations that cannot ask (none in the workstation) must answer false: nothing happens unconfirmed.
     */
    default boolean confirm(String title, String message, String yes, String no) {
        return false;
    }
}
