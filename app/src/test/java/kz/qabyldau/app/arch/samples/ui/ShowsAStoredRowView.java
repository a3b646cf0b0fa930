package kz.qabyldau.app.arch.samples.ui;

import kz.qabyldau.app.arch.samples.store.StoredRow;
import kz.qabyldau.app.arch.samples.store.StoredState;

/** Allowed: a view shows the store's values (a record, an enum) its view model handed it. */
public class ShowsAStoredRowView {
    String text(StoredRow row) {
        return row.name() + (row.state() == StoredState.SENT ? " ✓" : "");
    }
}
