package kz.qabyldau.app.ui.status;

/**
 * How many accepted applications wait in the outbox to be sent to the central service. Blocking
 * (it asks the database), so the header asks it through a background task.
 */
@FunctionalInterface
public interface WaitingCount {

    int count() throws Exception;

    /**
     * The count before the outbox exists: intake cannot accept an application yet, so truly
     * nothing can wait. Replaced by the store's outbox count when the outbox is built.
     */
    static WaitingCount noOutboxYet() {
        return () -> 0;
    }
}
