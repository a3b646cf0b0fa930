package kz.qabyldau.app.ui.handout;

import java.nio.file.Path;
import java.time.Clock;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.print.FormPrinter;
import kz.qabyldau.app.print.PrintServices;
import kz.qabyldau.app.print.PrinterChoiceStore;
import kz.qabyldau.app.print.PrintingException;
import kz.qabyldau.app.print.SystemViewer;
import kz.qabyldau.app.print.ViewerCopies;
import kz.qabyldau.app.ui.common.DialogService;
import kz.qabyldau.app.ui.common.EmptyStateView;
import kz.qabyldau.app.ui.common.Styles;
import kz.qabyldau.app.ui.common.TaskExecutor;
import kz.qabyldau.app.ui.common.View;
import kz.qabyldau.app.ui.settings.SavedSettings;
import kz.qabyldau.app.ui.status.SyncIndicator;

/** Decisions and revocation notices to hand out: find the person, print, mark handed out, duplicate. */
public final class HandoutView implements View {

    /** System property: save printed papers under the data folder instead of printing (tests). */
    public static final String SAVE_ONLY = "qabyldau.handout.saveOnly";

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(HandoutView.class);

    private final VBox root;

    public HandoutView(HandoutViewModel model, I18n i18n, DialogService dialogs) {
        Label title = new Label();
        title.textProperty().bind(i18n.text("handout.title"));
        title.getStyleClass().add(Styles.PAGE_TITLE);
        TextField query = new TextField();
        query.setId("handout-query");
        query.promptTextProperty().bind(i18n.text("handout.search.prompt"));
        HBox.setHgrow(query, Priority.ALWAYS);
        Button find = new Button();
        find.setId("handout-find");
        find.textProperty().bind(i18n.text("handout.search"));
        find.setDefaultButton(true);
        ListView<HandoutViewModel.Item> list = new ListView<>(model.items());
        list.setId("handout-list");
        list.setPlaceholder(EmptyStateView.statement(i18n, "handout.empty.title", "handout.empty.text"));
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(HandoutViewModel.Item item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : status(i18n, item) + " · " + item.label());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Runnable reload = () -> model.search(query.getText(), () -> { });
        find.setOnAction(e -> reload.run());
        Button print = new Button();
        print.setId("handout-print");
        print.textProperty().bind(i18n.text("handout.print"));
        print.getStyleClass().add(Styles.PRIMARY_BUTTON);
        Button handOut = new Button();
        handOut.setId("handout-handed-out");
        handOut.textProperty().bind(i18n.text("handout.handedOut"));
        Button duplicate = new Button();
        duplicate.setId("handout-duplicate");
        duplicate.textProperty().bind(i18n.text("handout.duplicate"));
        for (Button b : new Button[] {print, handOut, duplicate}) {
            b.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        }
        Label status = new Label();
        status.setId("handout-status");
        print.setOnAction(e -> printSelected(model, list, false, i18n, dialogs, status));
        duplicate.setOnAction(e -> printSelected(model, list, true, i18n, dialogs, status));
        handOut.setOnAction(e -> {
            HandoutViewModel.Item item = list.getSelectionModel().getSelectedItem();
            if (item != null) {
                model.handOut(item, () -> {
                    status.setText(i18n.get("handout.handedOut.done"));
                    reload.run();
                });
            }
        });
        root = new VBox(12, title, new HBox(8, query, find), list, new HBox(8, print, handOut, duplicate), status);
        root.getStyleClass().add(Styles.PAGE);
        reload.run();
    }

    /** What the line is, in the clerk's language. */
    static String status(I18n i18n, HandoutViewModel.Item item) {
        if (item.revocation().isPresent()) {
            return i18n.get("handout.kind.revocation");
        }
        return switch (item.application().orElseThrow().status()) {
            case ISSUED -> item.application().get().permitNumber().isPresent() ? i18n.get("handout.kind.issued")
                    : i18n.get("handout.kind.registered");
            case REFUSED -> i18n.get("handout.kind.refused");
            case HANDED_OUT -> i18n.get("handout.kind.handedOut");
            default -> item.application().get().status().name();
        };
    }

    private static void printSelected(HandoutViewModel model, ListView<HandoutViewModel.Item> list, boolean duplicate,
                                      I18n i18n, DialogService dialogs, Label status) {
        HandoutViewModel.Item item = list.getSelectionModel().getSelectedItem();
        if (item == null) {
            return;
        }
        if (duplicate && !item.duplicatePossible()) {
            dialogs.showError(i18n.get("handout.title"), i18n.get("handout.duplicate.notPossible"));
            return;
        }
        status.setText("");
        model.print(item, duplicate, () -> status.setText(i18n.get("handout.printed")),
                error -> dialogs.showError(i18n.get("handout.title"),
                i18n.get("handout.print.failed", error.getMessage() == null ? "" : error.getMessage())));
    }

    /** The page for the shell: the decisions the workstation's sync brought. */
    public static View page(SyncIndicator indicator, I18n i18n, TaskExecutor executor, DialogService dialogs,
                            SavedSettings saved, PrinterChoiceStore printerChoices) {
        HandoutViewModel model = new HandoutViewModel(indicator.sync(), executor, saved::current,
                () -> i18n.language().name().toLowerCase(java.util.Locale.ROOT),
                (pdf, job) -> toPrinter(indicator.sync().dataRoot(), printerChoices, pdf, job),
                Clock.systemDefaultZone());
        return new HandoutView(model, i18n, dialogs);
    }

    /**
     * The workstation's remembered printer (else the default); without one the PDF is saved under {@code printed/} of
     * the data folder and opened in the system viewer, so it can still be printed.
     * {@code -Dqabyldau.handout.saveOnly=true} only saves (tests).
     */
    private static void toPrinter(Path dataRoot, PrinterChoiceStore printerChoices, byte[] pdf, String job)
            throws Exception {
        if (!Boolean.getBoolean(SAVE_ONLY)) {
            try {
                new FormPrinter(PrintServices.system(), printerChoices).print(pdf, job);
                return;
            } catch (PrintingException e) {
                LOG.info("No printer for {} ({}): saving the PDF instead", job, e.problem());
            }
        }
        // A private copy, removed at exit (and at the next start): never a PDF left lying in the data folder.
        Path file = ViewerCopies.write(job, pdf);
        LOG.info("Saved {} to {}", job, file);
        if (!Boolean.getBoolean(SAVE_ONLY)) {
            try {
                new SystemViewer().open(file);
            } catch (PrintingException e) {
                LOG.warn("No PDF viewer; the paper is in {}", file);
            }
        }
    }

    @Override
    public Parent root() {
        return root;
    }
}
