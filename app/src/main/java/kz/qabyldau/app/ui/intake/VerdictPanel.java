package kz.qabyldau.app.ui.intake;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.forms.service.Money;
import kz.qabyldau.forms.verdict.FieldError;
import kz.qabyldau.forms.verdict.Outcome;
import kz.qabyldau.forms.verdict.ReceiptLine;
import kz.qabyldau.forms.verdict.Verdict;
import kz.qabyldau.forms.verdict.Warning;
import java.time.LocalDate;
import javafx.geometry.Insets;

/**
 * The law core's verdict beside the form, live: can it be accepted, what is missing or expired, the fields left on
 * this step, the warnings the provider may refuse on, and the dates that follow (decision due, permit period …).
 */
final class VerdictPanel {

    private static final PseudoClass ACCEPT = PseudoClass.getPseudoClass(IntakeStyles.ACCEPT);
    private static final PseudoClass REFUSE = PseudoClass.getPseudoClass(IntakeStyles.REFUSE);
    private static final PseudoClass CORRECT = PseudoClass.getPseudoClass(IntakeStyles.CORRECT);

    private final WizardViewModel wizard;
    private final I18n i18n;
    private final VBox content = new VBox(6);
    private final ScrollPane root = new ScrollPane(content);
    private final Label outcome = new Label();

    VerdictPanel(WizardViewModel wizard, I18n i18n) {
        this.wizard = wizard;
        this.i18n = i18n;
        root.setId("intake-verdict");
        root.setFitToWidth(true);
        // As wide as the panel, never wider (the lines wrap; the right margin and the dates stay in sight).
        content.setMinWidth(0);
        // Seen at 1366x768: the dates touched the screen's edge; the margin is the panel's own, not the viewport's.
        content.setPadding(new Insets(16, 22, 16, 18));
        root.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.setFocusTraversable(false);
        root.getStyleClass().add(IntakeStyles.VERDICT);
        root.setPrefWidth(290);
        root.setMinWidth(250);
        outcome.setId("intake-verdict-outcome");
        outcome.getStyleClass().add(IntakeStyles.VERDICT_OUTCOME);
        outcome.setWrapText(true);
        outcome.setMaxWidth(Double.MAX_VALUE);
        wizard.session().verdict().addListener((o, a, b) -> refresh());
        wizard.currentProperty().addListener((o, a, b) -> refresh());
        wizard.documentsReachedProperty().addListener((o, a, b) -> refresh());
        i18n.languageProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    Node root() {
        return root;
    }

    private void refresh() {
        Verdict verdict = wizard.session().verdict().get();
        String lang = i18n.language().code();
        Label title = styled(i18n.get("intake.verdict.title"), IntakeStyles.VERDICT_TITLE);
        content.getChildren().setAll(title, outcome);
        if (verdict == null) {
            outcome.setText(i18n.get("intake.verdict.unavailable"));
            return;
        }
        // Before the documents step nothing has been shown yet: no "must refuse intake: 5" over an empty form.
        boolean documentsJudged = wizard.documentsReachedProperty().get();
        Outcome shown = documentsJudged || verdict.outcome() != Outcome.REFUSE_INTAKE ? verdict.outcome() : null;
        outcome.setText(shown == null ? pendingText(verdict) : outcomeText(verdict));
        outcome.pseudoClassStateChanged(ACCEPT, shown == Outcome.ACCEPT);
        outcome.pseudoClassStateChanged(REFUSE, shown == Outcome.REFUSE_INTAKE);
        outcome.pseudoClassStateChanged(CORRECT, shown == null && !verdict.fieldErrors().isEmpty()
                || shown == Outcome.CORRECT_FIELDS);

        List<ReceiptLine> receipt = verdict.receipt();
        if (!receipt.isEmpty() && documentsJudged) {
            heading("intake.verdict.missing");
            receipt.forEach(r -> line(r.message().in(lang)));
        }
        List<FieldError> here = wizard.currentStep().errors(verdict);
        if (!here.isEmpty()) {
            heading("intake.verdict.thisStep");
            here.stream().limit(8).forEach(e -> line(e.message().in(lang)));
            if (here.size() > 8) {
                line(i18n.get("intake.verdict.more", here.size() - 8));
            }
        }
        if (!verdict.warnings().isEmpty()) {
            heading("intake.verdict.warnings");
            for (Warning w : verdict.warnings()) {
                line(w.message().in(lang) + (w.overridden() ? " — " + i18n.get("intake.verdict.overridden") : ""));
            }
        }
        if (!verdict.dates().isEmpty() || !verdict.figures().isEmpty()) {
            heading("intake.verdict.dates");
            GridPane dates = new GridPane();
            dates.setId("intake-verdict-dates");
            dates.setHgap(12);
            dates.setVgap(4);
            // The names wrap; a date or a figure is never broken ("08.12.202 / 6").
            ColumnConstraints names = new ColumnConstraints();
            names.setHgrow(Priority.ALWAYS);
            ColumnConstraints values = new ColumnConstraints();
            values.setMinWidth(Region.USE_PREF_SIZE);
            dates.getColumnConstraints().setAll(names, values);
            int row = 0;
            for (Map.Entry<String, LocalDate> d : verdict.dates().entrySet()) {
                dates.addRow(row++, styled(IntakeTexts.dateName(i18n, d.getKey()), IntakeStyles.VERDICT_LINE),
                        value(d.getValue().format(FieldValues.TYPED_DATE)));
            }
            for (Map.Entry<String, BigDecimal> f : verdict.figures().entrySet()) {
                dates.addRow(row++, styled(IntakeTexts.figureName(i18n, f.getKey()), IntakeStyles.VERDICT_LINE),
                        value(Money.amount(f.getValue(), lang)));
            }
            content.getChildren().add(dates);
        }
    }

    private String pendingText(Verdict verdict) {
        return verdict.fieldErrors().isEmpty() ? i18n.get("intake.verdict.pending")
                : i18n.get("intake.verdict.correct", verdict.fieldErrors().size());
    }

    private String outcomeText(Verdict verdict) {
        return switch (verdict.outcome()) {
            case REFUSE_INTAKE -> i18n.get("intake.verdict.refuse", verdict.receipt().size());
            case CORRECT_FIELDS -> i18n.get("intake.verdict.correct", verdict.fieldErrors().size());
            case ACCEPT -> verdict.readyToSend() ? i18n.get("intake.verdict.accept")
                    : i18n.get("intake.verdict.acceptAfterWarnings");
        };
    }

    private void heading(String key) {
        content.getChildren().add(styled(i18n.get(key), IntakeStyles.VERDICT_HEADING));
    }

    private void line(String text) {
        content.getChildren().add(styled(text, IntakeStyles.VERDICT_LINE));
    }

    private static Label value(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(IntakeStyles.VERDICT_DATE);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label styled(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        return label;
    }
}
