package kz.qabyldau.app.ui.intake;

import javafx.scene.Parent;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.ui.common.EmptyStateView;
import kz.qabyldau.app.ui.common.View;

/** Taking a new application. The intake forms come with the service definitions; until then it says so. */
public final class NewApplicationView implements View {

    private final EmptyStateView page;

    public NewApplicationView(I18n i18n) {
        page = new EmptyStateView(i18n, "intake.title", "intake.empty.title", "intake.empty.text");
    }

    @Override
    public Parent root() {
        return page.root();
    }
}
