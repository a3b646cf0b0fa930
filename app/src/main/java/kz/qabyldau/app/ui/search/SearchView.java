package kz.qabyldau.app.ui.search;

import javafx.scene.Parent;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.ui.common.EmptyStateView;
import kz.qabyldau.app.ui.common.View;

/** Finding an application by IIN, passport number, name or number. Nothing is stored to search yet. */
public final class SearchView implements View {

    private final EmptyStateView page;

    public SearchView(I18n i18n) {
        page = new EmptyStateView(i18n, "search.title", "search.empty.title", "search.empty.text");
    }

    @Override
    public Parent root() {
        return page.root();
    }
}
