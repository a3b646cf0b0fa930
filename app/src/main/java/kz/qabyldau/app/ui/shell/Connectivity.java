package kz.qabyldau.app.ui.shell;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** Whether the central service answered the last time the sync worker tried it. */
@FunctionalInterface
public interface Connectivity {

    ReadOnlyBooleanProperty onlineProperty();

    /**
     * Before the sync worker exists nothing ever talks to the central service, so the honest
     * answer is "offline".
     */
    static Connectivity noSyncYet() {
        ReadOnlyBooleanWrapper offline = new ReadOnlyBooleanWrapper(false);
        return offline::getReadOnlyProperty;
    }
}
