package kz.qabyldau.app.ui.common;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import kz.qabyldau.app.i18n.I18n;

/**
 * A page that has nothing to show yet, saying so plainly: a heading, what the page is for, and
 * what makes something appear here. Never placeholder rows.
 */
public final class EmptyStateView implements View {

    private final VBox root;

    /**
     * @param pageTitleKey the page's heading
     * @param titleKey     the one-line statement ("No drafts yet")
     * @param textKey      what will appear here and when
     */
    public EmptyStateView(I18n i18n, String pageTitleKey, String titleKey, String textKey) {
        Label pageTitle = new Label();
        pageTitle.textProperty().bind(i18n.text(pageTitleKey));
        pageTitle.getStyleClass().add(Styles.PAGE_TITLE);

        VBox empty = statement(i18n, titleKey, textKey);
        empty.getStyleClass().add(Styles.EMPTY_STATE);
        empty.setMaxWidth(880);

        root = new VBox(pageTitle, empty);
        root.getStyleClass().add(Styles.PAGE);
        root.setAlignment(Pos.TOP_LEFT);
    }

    /**
     * The statement alone ("Nothing is waiting to be sent" and what will appear), for a list that is
     * empty right now: set it as the list's placeholder.
     */
    public static VBox statement(I18n i18n, String titleKey, String textKey) {
        Label title = new Label();
        title.textProperty().bind(i18n.text(titleKey));
        title.getStyleClass().add(Styles.EMPTY_STATE_TITLE);
        Label text = new Label();
        text.textProperty().bind(i18n.text(textKey));
        text.setWrapText(true);
        text.setMaxWidth(600);
        text.getStyleClass().add(Styles.EMPTY_STATE_TEXT);
        VBox statement = new VBox(title, text);
        statement.setAlignment(Pos.CENTER);
        return statement;
    }

    @Override
    public Parent root() {
        return root;
    }
}
