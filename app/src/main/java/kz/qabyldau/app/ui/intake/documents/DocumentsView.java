package kz.qabyldau.app.ui.intake.documents;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.i18n.LawReferences;
import kz.qabyldau.app.ui.common.Styles;
import kz.qabyldau.app.ui.common.View;
import kz.qabyldau.app.ui.intake.FieldValues;
import kz.qabyldau.forms.service.DocumentRequirement;
import javafx.application.Platform;
import javafx.scene.layout.Priority;

/**
 * The documents step: one row per required document with its "presented" box, the dates its validity rules need
 * (typed dd.mm.yyyy), its scanned copies (Ctrl+O opens a file chooser for the document the focus is in, as does its
 * "Add scan…" button; files may be dropped on the row) and what the law core says about it now. Enter moves to the
 * next box or date; Tab order is row by row. The scan buttons are out of both: a stray Enter or Space never opens a
 * chooser (issue #12).
 */
public final class DocumentsView implements View {

    /** Ctrl+O (Cmd+O on a Mac): scans for the document the focus is in. */
    public static final KeyCombination ADD_SCAN = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);

    /** Asks the clerk for scan files (the system's file chooser; tests answer with files of their own). */
    @FunctionalInterface
    public interface ScanChooser {
        /** The files chosen for {@code type}, none when the clerk cancelled. */
        List<File> choose(String type, Node owner);
    }

    private static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");
    private static final PseudoClass BAD = PseudoClass.getPseudoClass("invalid");

    private final DocumentsViewModel model;
    private final I18n i18n;
    private final VBox root = new VBox(10);
    private final List<Runnable> refreshers = new ArrayList<>();
    private final List<Node> inputs = new ArrayList<>();
    private final Map<Node, String> documentOf = new HashMap<>();
    private final Map<String, FlowPane> thumbnailsOf = new HashMap<>();
    private final ScanChooser chooser;
    /** The document whose box or date had the focus last: Ctrl+O adds scans to it. */
    private String current;

    public DocumentsView(DocumentsViewModel model, I18n i18n) {
        this(model, i18n, null);
    }

    /** @param chooser where scan files come from; null for the system's file chooser */
    public DocumentsView(DocumentsViewModel model, I18n i18n, ScanChooser chooser) {
        this.model = model;
        this.i18n = i18n;
        this.chooser = chooser != null ? chooser : this::chooseFiles;
        root.getStyleClass().addAll(Styles.FORM, "q-documents");
        Label title = new Label();
        title.textProperty().bind(i18n.text("documents.title"));
        title.getStyleClass().add(Styles.SECTION_TITLE);
        Label intro = new Label();
        intro.textProperty().bind(i18n.text("documents.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.FIELD_HINT);
        Label problem = new Label();
        problem.setId("documents-scan-problem");
        problem.textProperty().bind(model.scanProblemProperty());
        problem.visibleProperty().bind(model.scanProblemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.FIELD_ERROR);
        root.getChildren().addAll(title, intro, problem);
        for (DocumentRequirement d : model.checklist()) {
            root.getChildren().add(row(d));
        }
        model.session().verdict().addListener((o, a, b) -> refreshers.forEach(Runnable::run));
        i18n.languageProperty().addListener((o, a, b) -> refreshers.forEach(Runnable::run));
        // The wizard has no focuser for plug-in steps: the first box takes the focus whenever the step is shown.
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                firstInput().ifPresent(n -> Platform.runLater(n::requestFocus));
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (ADD_SCAN.match(e)) {
                addScans(current != null ? current : model.checklist().get(0).type());
                e.consume();
            }
        });
        // Enter moves on like in the other steps, over the boxes and dates only.
        for (int i = 0; i < inputs.size(); i++) {
            Node next = i + 1 < inputs.size() ? inputs.get(i + 1) : null;
            String type = documentOf.get(inputs.get(i));
            inputs.get(i).focusedProperty().addListener((o, was, now) -> {
                if (now) {
                    current = type;
                }
            });
            // On the last input Enter does nothing (Alt+→ goes on to the finish step).
            inputs.get(i).addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER && !e.isAltDown() && !e.isControlDown()) {
                    if (next != null) {
                        next.requestFocus();
                    }
                    e.consume();
                }
            });
        }
    }

    @Override
    public Parent root() {
        return root;
    }

    /** The document Ctrl+O adds scans to now: the one the focus was last in (null before any). */
    String currentDocument() {
        return current;
    }

    /** The first input (the first document's box), to focus when the step opens. */
    public Optional<Node> firstInput() {
        return inputs.stream().findFirst();
    }

    private Node row(DocumentRequirement d) {
        String type = d.type();
        CheckBox presented = new CheckBox();
        presented.setId("documents-" + type + "-presented");
        presented.textProperty().bind(i18n.languageProperty().map(l -> d.name().in(l.code())));
        presented.setSelected(model.presented(type));
        presented.selectedProperty().addListener((o, a, b) -> {
            if (b != model.presented(type)) {
                model.setPresented(type, b);
            }
        });
        presented.getStyleClass().add("q-document-name");
        inputs.add(presented);
        documentOf.put(presented, type);
        Label item = new Label();
        LawReferences references = new LawReferences(i18n);
        item.textProperty().bind(i18n.languageProperty().map(l -> references.of(d.item())));
        item.getStyleClass().add(Styles.FIELD_HINT);
        presented.setWrapText(true);
        presented.setMaxWidth(Double.MAX_VALUE);
        item.setMinWidth(Region.USE_PREF_SIZE);
        HBox head = new HBox(10, presented, item);
        HBox.setHgrow(presented, Priority.ALWAYS);
        head.setAlignment(Pos.CENTER_LEFT);

        FlowPane dates = new FlowPane(12, 8);
        dates.setAlignment(Pos.BOTTOM_LEFT);
        for (DocumentDate which : DocumentDate.neededBy(d)) {
            dates.getChildren().add(dateInput(type, which));
        }
        for (Node input : inputs) {
            documentOf.putIfAbsent(input, type);
        }

        FlowPane thumbs = new FlowPane(6, 6);
        thumbs.setId("documents-" + type + "-scans");
        thumbnailsOf.put(type, thumbs);
        Button add = new Button();
        add.setId("documents-" + type + "-add-scan");
        // The shortcut is on the button: the clerk learns it where the mouse would go.
        add.textProperty().bind(i18n.text("documents.scan.add"));
        add.setOnAction(e -> addScans(type));
        add.setMinWidth(Region.USE_PREF_SIZE);
        // Out of the Tab and Enter order: Space on a button that merely had the focus opened a chooser.
        add.setFocusTraversable(false);
        dates.getChildren().add(add);
        model.entry(type).ifPresent(entry -> entry.scans().forEach(sha -> loadThumbnail(type, sha, thumbs)));

        Label status = new Label();
        status.setId("documents-" + type + "-status");
        status.setWrapText(true);
        status.getStyleClass().add("q-document-status");

        VBox row = new VBox(6, head, dates, thumbs, status);
        row.getStyleClass().add("q-document-row");
        row.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        row.setOnDragDropped(e -> {
            boolean any = e.getDragboard().hasFiles();
            if (any) {
                for (File f : e.getDragboard().getFiles()) {
                    attach(type, f, thumbs);
                }
            }
            e.setDropCompleted(any);
            e.consume();
        });
        Runnable refresh = () -> {
            List<String> problems = model.problems(type);
            boolean given = model.presented(type);
            if (presented.isSelected() != given) {
                presented.setSelected(given);
            }
            status.setText(problems.isEmpty()
                    ? (given ? i18n.get("documents.status.ok") : i18n.get("documents.status.notPresented"))
                    : String.join("\n", problems));
            row.pseudoClassStateChanged(REFUSED, model.refuses(type));
        };
        refreshers.add(refresh);
        refresh.run();
        return row;
    }

    private Node dateInput(String type, DocumentDate which) {
        Label label = new Label();
        label.textProperty().bind(i18n.text(which.labelKey()));
        label.getStyleClass().add(Styles.FORM_LABEL);
        TextField field = new TextField();
        field.setId("documents-" + type + "-" + which.id());
        field.setPrefColumnCount(9);
        field.promptTextProperty().bind(i18n.text("documents.date.prompt"));
        LocalDate stored = model.date(type, which);
        field.setText(stored == null ? "" : stored.format(FieldValues.TYPED_DATE));
        label.setLabelFor(field);
        field.textProperty().addListener((o, a, text) -> {
            LocalDate date = text == null || text.isBlank() ? null : FieldValues.parseDate(text);
            boolean wrong = date == null && text != null && !text.isBlank();
            field.pseudoClassStateChanged(BAD, wrong);
            field.setTooltip(wrong ? new Tooltip(i18n.get("documents.date.invalid")) : null);
            // A half-typed date is not recorded: the entry keeps the last whole date (or none).
            if (!wrong) {
                model.setDate(type, which, date);
            }
        });
        // A date typed as digits only (01032026) is shown the usual way once the clerk moves on.
        field.focusedProperty().addListener((o, was, now) -> {
            LocalDate date = now ? null : FieldValues.parseDate(field.getText());
            if (date != null) {
                field.setText(date.format(FieldValues.TYPED_DATE));
            }
        });
        label.setMinWidth(Region.USE_PREF_SIZE);
        field.setPrefWidth(130);
        inputs.add(field);
        VBox box = new VBox(2, label, field);
        return box;
    }

    /** Asks for scans of {@code type} and attaches them; the focus returns to where it was. */
    private void addScans(String type) {
        Node focus = root.getScene() == null ? null : root.getScene().getFocusOwner();
        List<File> files = chooser.choose(type, root);
        if (files != null) {
            files.forEach(f -> attach(type, f, thumbnailsOf.get(type)));
        }
        if (focus != null) {
            focus.requestFocus();
        }
    }

    private List<File> chooseFiles(String type, Node owner) {
        FileChooser files = new FileChooser();
        files.setTitle(i18n.get("documents.scan.choose"));
        files.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("documents.scan.types"),
                "*.pdf", "*.PDF", "*.jpg", "*.jpeg", "*.JPG", "*.JPEG", "*.png", "*.PNG"));
        return files.showOpenMultipleDialog(owner.getScene().getWindow());
    }

    private void attach(String type, File file, FlowPane thumbs) {
        model.addScan(type, file, sha256 -> {
            if (thumbs.lookup("#scan-" + sha256) == null) {
                loadThumbnail(type, sha256, thumbs);
            }
        });
    }

    private void loadThumbnail(String type, String sha256, FlowPane thumbs) {
        Button tile = new Button();
        tile.setId("scan-" + sha256);
        tile.getStyleClass().add("q-scan-thumbnail");
        tile.setText("…");
        tile.setTooltip(new Tooltip(i18n.get("documents.scan.remove")));
        // A click detaches the scan: never a key that only meant to move on.
        tile.setFocusTraversable(false);
        tile.setOnAction(e -> {
            model.removeScan(type, sha256);
            thumbs.getChildren().remove(tile);
        });
        thumbs.getChildren().add(tile);
        model.thumbnail(sha256, png -> {
            if (png.isPresent()) {
                tile.setText("");
                tile.setGraphic(new ImageView(new Image(new ByteArrayInputStream(png.get()))));
            } else {
                tile.setText(i18n.get("documents.scan.noPreview"));
            }
        });
    }
}
