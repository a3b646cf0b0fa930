package kz.qabyldau.app.ui.drafts;

import javafx.scene.Parent;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.ui.common.EmptyStateView;
import kz.qabyldau.app.ui.common.View;

/** Applications the clerk has started and not yet accepted or refused. Empty until intake saves drafts. */
public final class DraftsView implements View {

    private final EmptyStateView page;

    public DraftsView(I18n i18n) {
        page = new EmptyStateView(i18n, "drafts.title", "drafts.empty.title", "drafts.empty.text");
    }

    @Override
    public Parent root() {
        return page.root();
    }
}
