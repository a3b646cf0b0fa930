package kz.qabyldau.app.ui.common;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.forms.service.ServiceCatalog;
import kz.qabyldau.forms.service.ServiceDefinition;

/**
 * One table style for the desk's lists (drafts, outbox, handout; issue #12): columns titled from the bundles whose
 * cells follow the interface language and wrap instead of cutting a long text (a service's name) to "…".
 */
public final class Tables {

    private Tables() {
    }

    /** A table with the desk's style and {@code id}; the last column takes the rest of the width. */
    public static <T> TableView<T> table(String id) {
        TableView<T> table = new TableView<>();
        table.setId(id);
        table.getStyleClass().add("q-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    /** A column titled by {@code key}; its cells are recomputed when the language changes, and wrap. */
    public static <T> TableColumn<T, String> column(I18n i18n, String key, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>();
        c.textProperty().bind(i18n.text(key));
        c.setCellValueFactory(cell -> Bindings.createStringBinding(() -> value.apply(cell.getValue()),
                i18n.languageProperty()));
        c.setCellFactory(col -> new WrappingCell<>());
        // A wider or narrower column wraps its texts anew (the first layout, a resized window).
        c.widthProperty().addListener((o, was, now) -> {
            if (c.getTableView() != null && Math.abs(was.doubleValue() - now.doubleValue()) >= 1) {
                c.getTableView().refresh();
            }
        });
        return c;
    }

    /** As {@link #column}, with a preferred width relative to the others. */
    public static <T> TableColumn<T, String> column(I18n i18n, String key, double width, Function<T, String> value) {
        TableColumn<T, String> c = column(i18n, key, value);
        c.setPrefWidth(width);
        return c;
    }

    /**
     * The name of {@code service} in the interface language: the version in force today, else the newest one; the
     * id only when the law data does not know the service at all.
     */
    public static String serviceName(ServiceCatalog catalog, I18n i18n, String service) {
        if (service == null || service.isBlank()) {
            return "";
        }
        return catalog.inForce(service, LocalDate.now())
                .or(() -> catalog.versions(service).stream()
                        .max(Comparator.comparing(ServiceDefinition::effectiveFrom)))
                .map(d -> d.name().in(i18n.language().code())).orElse(service);
    }

    /**
     * A cell that shows its whole text on as many lines as the column's width needs. Its height is set when the item
     * is, from the column's width: a row asks its cells' heights when it is laid out, not again when a wrapped text
     * grows later.
     */
    private static final class WrappingCell<T> extends TableCell<T, String> {
        private static final double PADDING = 10;
        private final Text text = new Text();

        WrappingCell() {
            text.getStyleClass().add("q-table-text");
            // The cell's own colour and font, so a selected row reads as selected.
            text.fillProperty().bind(textFillProperty());
            text.fontProperty().bind(fontProperty());
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                text.setText("");
                setGraphic(null);
                setPrefHeight(USE_COMPUTED_SIZE);
                return;
            }
            text.setText(item);
            double width = getTableColumn() == null ? 0 : getTableColumn().getWidth() - PADDING;
            text.setWrappingWidth(Math.max(0, width));
            setPrefHeight(Math.ceil(text.getLayoutBounds().getHeight()) + PADDING);
            setGraphic(text);
        }
    }
}
