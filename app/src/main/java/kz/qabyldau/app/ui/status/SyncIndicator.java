package kz.qabyldau.app.ui.status;

import java.time.Instant;
import java.util.Objects;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import kz.qabyldau.app.sync.DeskSync;
import kz.qabyldau.app.sync.SyncWorker;

/**
 * The header's real sources: online/offline and the last successful sync from the sync worker (moved to the FX
 * thread), the number waiting from the outbox. Also hands the outbox and handout pages their {@link DeskSync}.
 */
public final class SyncIndicator implements Connectivity, WaitingCount {

    private final DeskSync sync;
    private final ReadOnlyBooleanWrapper online = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Instant> lastSync = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SyncWorker.Status> status = new ReadOnlyObjectWrapper<>();

    public SyncIndicator(DeskSync sync) {
        this.sync = Objects.requireNonNull(sync);
        sync.store().lastSuccess().ifPresent(lastSync::set);
        sync.worker().ifPresent(w -> w.addListener(s -> Platform.runLater(() -> {
            online.set(s.online());
            lastSync.set(s.lastSuccess().orElse(null));
            status.set(s);
        })));
    }

    public DeskSync sync() {
        return sync;
    }

    @Override
    public ReadOnlyBooleanProperty onlineProperty() {
        return online.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<Instant> lastSyncProperty() {
        return lastSync.getReadOnlyProperty();
    }

    /** The worker's last status (after every round), for pages that refresh with it. */
    public ReadOnlyObjectProperty<SyncWorker.Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    @Override
    public int count() {
        return sync.applications().outbox().waitingCount();
    }
}
