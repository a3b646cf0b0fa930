package kz.qabyldau.app.ui.handout;

import javafx.scene.Parent;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.ui.common.EmptyStateView;
import kz.qabyldau.app.ui.common.View;

/** Decisions that have arrived and wait to be printed and handed to the applicant. */
public final class HandoutView implements View {

    private final EmptyStateView page;

    public HandoutView(I18n i18n) {
        page = new EmptyStateView(i18n, "handout.title", "handout.empty.title", "handout.empty.text");
    }

    @Override
    public Parent root() {
        return page.root();
    }
}
