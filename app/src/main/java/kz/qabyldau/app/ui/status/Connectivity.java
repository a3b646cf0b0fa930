package kz.qabyldau.app.ui.status;

import java.time.Instant;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** Whether the central service answered the last time the sync worker tried it. */
@FunctionalInterface
public interface Connectivity {

    ReadOnlyBooleanProperty onlineProperty();

    /** When the last sync round succeeded (null: never); the header shows it. */
    default ReadOnlyObjectProperty<Instant> lastSyncProperty() {
        return new ReadOnlyObjectWrapper<Instant>().getReadOnlyProperty();
    }

    /**
     * Before the sync worker exists nothing ever talks to the central service, so the honest
     * answer is "offline".
     */
    static Connectivity noSyncYet() {
        ReadOnlyBooleanWrapper offline = new ReadOnlyBooleanWrapper(false);
        return offline::getReadOnlyProperty;
    }
}
