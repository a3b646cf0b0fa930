package kz.qabyldau.app.ui.intake;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.store.applications.StoredApplication;
import kz.qabyldau.app.ui.common.Styles;
import java.util.Map;
import java.util.stream.Stream;
import javafx.collections.ListChangeListener;

/**
 * The first step of an extension, duplicate or re-issue: find the earlier permit (number, passport or IIN) among
 * the office's records; Enter on a found record copies its holder's data and moves on.
 */
final class EarlierPermitView {

    private final TextField query = new TextField();
    private final VBox root;

    EarlierPermitView(EarlierPermitSearch search, IntakeSession session, I18n i18n, Runnable afterCopy) {
        Label intro = new Label();
        intro.textProperty().bind(i18n.text("intake.lookup.hint"));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        intro.getStyleClass().add(Styles.PAGE_INTRO);
        Label label = new Label();
        label.textProperty().bind(i18n.text("intake.lookup.query"));
        label.getStyleClass().add(Styles.FORM_LABEL);
        label.setLabelFor(query);
        query.setId("intake-lookup-query");
        query.textProperty().bindBidirectional(search.queryProperty());
        query.setOnAction(e -> search.search());
        HBox.setHgrow(query, Priority.ALWAYS);
        Button find = new Button();
        find.textProperty().bind(i18n.text("intake.lookup.search"));
        find.setOnAction(e -> search.search());
        HBox row = new HBox(8, query, find);

        ListView<StoredApplication> results = new ListView<>(search.results());
        results.setId("intake-lookup-results");
        results.setPrefHeight(180);
        results.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(StoredApplication item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : describe(item, i18n));
            }
        });
        results.setOnKeyPressed(e -> {
            StoredApplication chosen = results.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && chosen != null) {
                e.consume();
                search.copyInto(chosen, session);
                afterCopy.run();
            }
        });
        results.visibleProperty().bind(Bindings.isNotEmpty(search.results()));
        results.managedProperty().bind(results.visibleProperty());
        search.results().addListener((ListChangeListener<StoredApplication>) c -> {
            if (!search.results().isEmpty()) {
                results.getSelectionModel().selectFirst();
                results.requestFocus();
            }
        });
        Label none = new Label();
        none.textProperty().bind(i18n.text("intake.lookup.none"));
        none.getStyleClass().add(Styles.FIELD_HINT);
        none.visibleProperty().bind(search.searchedProperty().and(Bindings.isEmpty(search.results())));
        none.managedProperty().bind(none.visibleProperty());
        Label skip = new Label();
        skip.textProperty().bind(i18n.text("intake.lookup.skip"));
        skip.getStyleClass().add(Styles.FIELD_HINT);
        skip.setWrapText(true);

        VBox box = new VBox(8, label, row, results, none, skip);
        box.getStyleClass().addAll(Styles.FORM, IntakeStyles.LOOKUP);
        root = new VBox(12, intro, box);
    }

    private static String describe(StoredApplication item, I18n i18n) {
        var fields = item.application() == null ? Map.<String, Object>of() : item.application().fields();
        String name = String.join(" ", Stream.of("applicant.surname", "applicant.givenNames")
                .map(id -> String.valueOf(fields.getOrDefault(id, ""))).toList()).strip();
        return i18n.get("intake.lookup.result", name.isEmpty() ? "—" : name,
                fields.getOrDefault("applicant.document.number", "—"),
                fields.getOrDefault("permit.number", fields.getOrDefault("certificate.number", "—")),
                item.service());
    }

    Node root() {
        return root;
    }

    Node firstFocus() {
        return query;
    }
}
