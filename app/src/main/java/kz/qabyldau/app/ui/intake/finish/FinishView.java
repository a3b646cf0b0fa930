package kz.qabyldau.app.ui.intake.finish;

import java.util.List;
import java.util.Objects;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.ui.common.Styles;
import kz.qabyldau.app.ui.common.View;
import kz.qabyldau.forms.verdict.Outcome;
import kz.qabyldau.forms.verdict.ReceiptLine;
import kz.qabyldau.forms.verdict.Verdict;
import kz.qabyldau.forms.verdict.Warning;
import javafx.application.Platform;
import javafx.scene.control.Control;
import javafx.scene.layout.Region;

/**
 * The finish step: what the law core decided, a reason field for every warning, the language of the paper, and
 * Accept (the default button: Enter) or Refuse intake (Alt+R); afterwards what was done, where the paper went,
 * Print again, Open, Next applicant (Enter).
 */
public final class FinishView implements View {

    private final FinishViewModel model;
    private final I18n i18n;
    private final VBox root = new VBox(12);
    private final Label outcome = new Label();
    private final VBox reasons = new VBox(8);
    private final VBox warningsBox = new VBox(8);
    private List<String> shownWarnings = List.of();

    public FinishView(FinishViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        root.getStyleClass().addAll(Styles.FORM, "q-finish");
        Label title = new Label();
        title.textProperty().bind(i18n.text("finish.title"));
        title.getStyleClass().add(Styles.SECTION_TITLE);
        outcome.setId("finish-outcome");
        outcome.setWrapText(true);
        outcome.getStyleClass().add("q-finish-outcome");
        reasons.setId("finish-reasons");

        Label langLabel = new Label();
        langLabel.textProperty().bind(i18n.text("finish.printLanguage"));
        ToggleGroup langs = new ToggleGroup();
        RadioButton kk = new RadioButton("Қазақша");
        kk.setId("finish-lang-kk");
        kk.setToggleGroup(langs);
        RadioButton ru = new RadioButton("Русский");
        ru.setId("finish-lang-ru");
        ru.setToggleGroup(langs);
        (model.printLanguageProperty().get().equals("ru") ? ru : kk).setSelected(true);
        langs.selectedToggleProperty().addListener(
                (o, a, b) -> model.printLanguageProperty().set(b == ru ? "ru" : "kk"));
        FlowPane langRow = new FlowPane(12, 6, langLabel, kk, ru);
        langRow.setAlignment(Pos.CENTER_LEFT);

        Button accept = new Button();
        accept.setId("finish-accept");
        accept.textProperty().bind(i18n.text("finish.accept"));
        accept.getStyleClass().add(Styles.PRIMARY_BUTTON);
        accept.disableProperty().bind(model.canAcceptProperty().not());
        accept.setOnAction(e -> model.accept());
        Button refuse = new Button();
        refuse.setId("finish-refuse");
        refuse.textProperty().bind(i18n.text("finish.refuse"));
        refuse.disableProperty().bind(model.canRefuseProperty().not());
        refuse.setOnAction(e -> model.refuse());
        FlowPane actions = new FlowPane(12, 8, accept, refuse);
        actions.setAlignment(Pos.CENTER_LEFT);
        // Enter accepts when accepting is allowed, refuses when only refusing is: one key either way.
        accept.defaultButtonProperty().bind(model.canAcceptProperty());
        refuse.defaultButtonProperty().bind(model.canRefuseProperty());

        Label result = new Label();
        result.setId("finish-result");
        result.setWrapText(true);
        result.textProperty().bind(model.resultProperty());
        result.getStyleClass().add("q-finish-result");
        Label printed = new Label();
        printed.setId("finish-print-status");
        printed.setWrapText(true);
        printed.textProperty().bind(model.printStatusProperty());
        Button again = new Button();
        again.setId("finish-print-again");
        again.textProperty().bind(i18n.text("finish.printAgain"));
        again.setOnAction(e -> model.printAgain());
        Button open = new Button();
        open.setId("finish-open");
        open.textProperty().bind(i18n.text("finish.open"));
        open.setOnAction(e -> model.openInViewer());
        Button next = new Button();
        next.setId("finish-next");
        next.textProperty().bind(i18n.text("finish.next"));
        next.getStyleClass().add(Styles.PRIMARY_BUTTON);
        next.setOnAction(e -> model.nextApplicant());
        FlowPane after = new FlowPane(12, 8, again, open, next);
        after.setAlignment(Pos.CENTER_LEFT);
        Label closed = new Label();
        closed.setId("finish-closed");
        closed.setWrapText(true);
        closed.textProperty().bind(i18n.text("finish.frozen"));
        closed.visibleProperty().bind(model.session().frozen());
        closed.managedProperty().bind(model.session().frozen());
        VBox done = new VBox(8, result, closed, printed, after);
        done.getStyleClass().add("q-finish-done");
        boolean[] finished = new boolean[1];
        Runnable stateShown = () -> {
            FinishViewModel.State s = model.stateProperty().get();
            boolean over = s == FinishViewModel.State.ACCEPTED || s == FinishViewModel.State.REFUSED;
            after.setVisible(over);
            after.setManaged(over);
            actions.setDisable(over || s == FinishViewModel.State.WORKING);
            reasons.setDisable(over);
            langRow.setDisable(over);
            next.setDefaultButton(over);
            if (over && !finished[0]) {
                finished[0] = true;
                next.requestFocus();
            }
        };
        model.stateProperty().addListener((o, a, b) -> stateShown.run());
        stateShown.run();

        for (Control c : List.of(langLabel, kk, ru, accept, refuse, again, open, next)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        root.getChildren().addAll(title, outcome, reasons, langRow, actions, done);
        // Shown: the first reason to type, else the button Enter would press, takes the focus.
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                Platform.runLater(() -> {
                    if (!reasons.getChildren().isEmpty()) {
                        firstInput().requestFocus();
                    } else if (!refuse.isDisabled() && accept.isDisabled()) {
                        refuse.requestFocus();
                    } else {
                        accept.requestFocus();
                    }
                });
            }
        });
        model.session().verdict().addListener((o, a, b) -> showVerdict());
        i18n.languageProperty().addListener((o, a, b) -> {
            shownWarnings = List.of();
            showVerdict();
        });
        showVerdict();
    }

    @Override
    public Parent root() {
        return root;
    }

    private void showVerdict() {
        Verdict v = model.session().verdict().get();
        String lang = i18n.language().code();
        if (v == null) {
            outcome.setText(i18n.get("finish.outcome.unknown"));
        } else if (v.outcome() == Outcome.REFUSE_INTAKE) {
            StringBuilder text = new StringBuilder(i18n.get("finish.outcome.REFUSE_INTAKE"));
            for (ReceiptLine line : v.receipt()) {
                text.append("\n• ").append(line.message().in(lang));
            }
            outcome.setText(text.toString());
        } else if (v.outcome() == Outcome.CORRECT_FIELDS) {
            outcome.setText(i18n.get("finish.outcome.CORRECT_FIELDS", v.fieldErrors().size()));
        } else {
            outcome.setText(v.warnings().isEmpty() ? i18n.get("finish.outcome.ACCEPT")
                    : i18n.get("finish.outcome.warnings", v.warnings().size()));
        }
        List<String> codes = v == null ? List.of() : v.warnings().stream().map(Warning::code).toList();
        if (!Objects.equals(codes, shownWarnings)) {
            // Rebuilt only when the warnings change, so a reason being typed keeps its field and focus.
            shownWarnings = codes;
            reasons.getChildren().setAll(v == null ? List.of() : v.warnings().stream().map(this::reasonRow).toList());
        }
    }

    private Node reasonRow(Warning w) {
        Label text = new Label(w.message().in(i18n.language().code()));
        text.setWrapText(true);
        text.getStyleClass().add("q-finish-warning");
        TextField reason = new TextField(model.overrideReason(w.code()));
        reason.setId("finish-override-" + w.code());
        reason.setPromptText(i18n.get("finish.override.prompt"));
        reason.textProperty().addListener((o, a, b) -> model.override(w.code(), b));
        // Enter in a reason field never presses Accept or Refuse (an empty reason once refused intake at once):
        // it moves on to the next field, as Enter does everywhere in the wizard.
        reason.setOnAction(e -> {
            e.consume();
            reason.getParent().getParent().getChildrenUnmodifiable().stream()
                    .dropWhile(row -> row != reason.getParent()).skip(1).findFirst()
                    .map(row -> ((VBox) row).getChildren().get(1)).ifPresent(Node::requestFocus);
        });
        text.setLabelFor(reason);
        return new VBox(4, text, reason);
    }

    /** The first input to focus when the step opens: a warning's reason if any. */
    public Node firstInput() {
        return reasons.getChildren().isEmpty() ? root : ((VBox) reasons.getChildren().get(0)).getChildren().get(1);
    }
}
