package kz.qabyldau.app.ui.outbox;

import javafx.scene.Parent;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.ui.common.EmptyStateView;
import kz.qabyldau.app.ui.common.View;

/** Accepted applications waiting to be sent to the central service. Empty until there is an outbox. */
public final class OutboxView implements View {

    private final EmptyStateView page;

    public OutboxView(I18n i18n) {
        page = new EmptyStateView(i18n, "outbox.title", "outbox.empty.title", "outbox.empty.text");
    }

    @Override
    public Parent root() {
        return page.root();
    }
}
