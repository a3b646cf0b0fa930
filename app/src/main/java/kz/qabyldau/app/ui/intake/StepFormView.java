package kz.qabyldau.app.ui.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.ui.common.Styles;
import kz.qabyldau.forms.service.FieldDefinition;
import kz.qabyldau.forms.service.Section;
import kz.qabyldau.forms.verdict.FieldError;
import kz.qabyldau.forms.verdict.Verdict;
import java.util.Comparator;
import javafx.scene.control.DatePicker;

/**
 * The form of one section: a label and the right editor per field, the law core's message under a field that must
 * be corrected (and a ControlsFX decoration on it), Enter moving to the next field and, after the last, to the next
 * step. A missing value is pointed out only once the clerk has passed the field.
 */
final class StepFormView {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass(Styles.INVALID);
    /** Per cent of the card's width for the labels. */
    private static final double LABEL_SHARE = 38;

    private final WizardViewModel wizard;
    private final I18n i18n;
    private final List<FieldEditor> editors = new ArrayList<>();
    private final List<Label> errors = new ArrayList<>();
    private final ValidationSupport validation = new ValidationSupport();
    private final VBox root = new VBox(16);
    private final Runnable afterLast;
    private Node firstFocus;

    /**
     * @param employer the returning-employer offer, on the employer's step: its IIN field comes first, the offer
     *                 is shown under it and Enter there takes it
     */
    StepFormView(Section section, WizardViewModel wizard, I18n i18n, PlaceNames places, Optional<Node> top,
                 Optional<ReturningEmployer> employer, Runnable afterLast) {
        this.wizard = wizard;
        this.i18n = i18n;
        this.afterLast = afterLast;
        IntakeSession session = wizard.session();

        GridPane form = new GridPane();
        form.getStyleClass().add(Styles.FORM);
        // The card takes the width there is (up to the theme's maximum); labels get a share of it, so a wider screen
        // wraps them in fewer lines instead of leaving the card narrow.
        ColumnConstraints labels = new ColumnConstraints();
        labels.setPercentWidth(LABEL_SHARE);
        labels.setMinWidth(150);
        labels.setHalignment(HPos.LEFT);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setPercentWidth(100 - LABEL_SHARE);
        inputs.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().setAll(labels, inputs);
        int row = 0;
        List<FieldDefinition> fields = new ArrayList<>(section.fields());
        if (employer.isPresent()) {
            fields.sort(Comparator.comparing(f -> !f.id().equals(ReturningEmployer.IIN_FIELD)));
        }
        for (FieldDefinition field : fields) {
            FieldEditor editor = new FieldEditor(field, session, i18n, places);
            Label label = new Label();
            label.textProperty().bind(i18n.languageProperty().map(l -> field.label().in(l.code())
                    + (field.required() ? " *" : "")));
            label.getStyleClass().add(Styles.FORM_LABEL);
            label.setLabelFor(editor.control());
            label.setWrapText(true);
            Label error = new Label();
            error.getStyleClass().add(Styles.FIELD_ERROR);
            error.setWrapText(true);
            error.setManaged(false);
            error.setVisible(false);
            form.add(label, 0, row);
            form.add(editor.node(), 1, row++);
            form.add(error, 1, row++);
            if (employer.isPresent() && field.id().equals(ReturningEmployer.IIN_FIELD)) {
                form.add(offerLabel(employer.get()), 1, row++);
            }
            editors.add(editor);
            errors.add(error);
            editor.control().focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    wizard.passField(field.id());
                    refresh();
                }
            });
            validation.registerValidator(editor.control(), false,
                    (Control c, Object v) -> ValidationResult.fromErrorIf(c, shownError(field).orElse(""),
                            shownError(field).isPresent()));
        }
        for (int i = 0; i < editors.size(); i++) {
            int at = i;
            editors.get(i).onCompleted(() -> moveOn(at));
        }
        top.ifPresent(root.getChildren()::add);
        root.getChildren().add(form);
        firstFocus = top.isPresent() ? null : editors.isEmpty() ? null : editors.get(0).control();

        employer.ifPresent(this::takeWithEnter);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::enterMovesOn);
        session.application().addListener(
                (o, a, app) -> editors.forEach(e -> e.show(app.fields().get(e.field().id()))));
        session.verdict().addListener((o, a, b) -> refresh());
        i18n.languageProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    Node root() {
        return root;
    }

    /** What the office knows of the employer whose IIN was typed, and the key that takes it. */
    private static Label offerLabel(ReturningEmployer employer) {
        Label offer = new Label();
        offer.setId("intake-employer-offer");
        offer.getStyleClass().add(Styles.FIELD_HINT);
        offer.setWrapText(true);
        offer.textProperty().bind(employer.offerProperty().map(o -> o.map(ReturningEmployer.Offer::text).orElse("")));
        offer.visibleProperty().bind(employer.offerProperty().map(Optional::isPresent));
        offer.managedProperty().bind(offer.visibleProperty());
        return offer;
    }

    /**
     * Enter in the IIN field while an offer is shown takes it (one key) and goes on to the first required field
     * still empty, or to the next step when none is; Escape leaves it for typing a new employer.
     */
    private void takeWithEnter(ReturningEmployer employer) {
        FieldEditor iin = editors.stream().filter(e -> e.field().id().equals(ReturningEmployer.IIN_FIELD))
                .findFirst().orElseThrow();
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!Focus.isWithin(e.getTarget(), iin.control()) || employer.offerProperty().get().isEmpty()
                    || e.isAltDown() || e.isControlDown() || e.isShiftDown()) {
                return;
            }
            if (e.getCode() == KeyCode.ESCAPE) {
                employer.dismiss();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && employer.take()) {
                e.consume();
                wizard.passField(ReturningEmployer.IIN_FIELD);
                Optional<FieldEditor> empty = firstRequiredEmpty();
                if (empty.isPresent()) {
                    empty.get().control().requestFocus();
                } else {
                    afterLast.run();
                }
            }
        });
    }

    /** Sets what gets the focus when the step opens (the MRZ field on the passport step). */
    void focusFirst(Node node) {
        this.firstFocus = node;
    }

    /**
     * Focuses where the clerk types next: the MRZ field on the passport step, else the first required field
     * without a value (a returning employer's data or an earlier permit may have filled those before it), else
     * the first field.
     */
    void focus() {
        if (firstFocus == null) {
            return;
        }
        Node target = firstFocus;
        if (!editors.isEmpty() && firstFocus == editors.get(0).control()) {
            target = firstRequiredEmpty().map(FieldEditor::control).map(Node.class::cast).orElse(firstFocus);
        }
        Focus.whenShown(target);
    }

    private Optional<FieldEditor> firstRequiredEmpty() {
        return editors.stream().filter(e -> e.field().required() && e.currentValue() == null).findFirst();
    }

    /** Focuses the first field of the step that has no value yet (after the MRZ filled some). */
    void focusFirstEmpty() {
        for (FieldEditor e : editors) {
            if (e.currentValue() == null) {
                e.control().requestFocus();
                return;
            }
        }
        if (!editors.isEmpty()) {
            editors.get(editors.size() - 1).control().requestFocus();
        }
    }

    /** Every field counts as passed (the clerk left the step): missing values are pointed out on return. */
    void refresh() {
        Verdict verdict = wizard.session().verdict().get();
        for (int i = 0; i < editors.size(); i++) {
            FieldEditor editor = editors.get(i);
            Optional<String> message = shownError(editor.field());
            Label error = errors.get(i);
            error.setText(message.orElse(""));
            error.setVisible(message.isPresent());
            error.setManaged(message.isPresent());
            editor.control().pseudoClassStateChanged(INVALID, message.isPresent());
        }
        if (verdict != null) {
            validation.revalidate();
        }
    }

    private Optional<String> shownError(FieldDefinition field) {
        Verdict verdict = wizard.session().verdict().get();
        if (verdict == null) {
            return Optional.empty();
        }
        for (FieldError e : verdict.fieldErrors()) {
            if (e.field().equals(field.id()) && shown(field, e)) {
                return Optional.of(e.message().in(i18n.language().code()));
            }
        }
        return Optional.empty();
    }

    /**
     * A missing value is pointed out once the clerk has passed the field; a wrong one too, or as soon as it stands
     * in a field the clerk is not typing in (filled from the passport or an earlier permit). Never mid-word in a
     * field the clerk has not finished yet.
     */
    private boolean shown(FieldDefinition field, FieldError error) {
        if (wizard.passed(field.id())) {
            return true;
        }
        if ("REQUIRED".equals(error.code())) {
            return false;
        }
        return editors.stream().filter(e -> e.field() == field).noneMatch(e -> e.control().isFocused()
                || e.control() instanceof DatePicker p && p.getEditor().isFocused());
    }

    private void enterMovesOn(KeyEvent e) {
        // Taken already (the returning-employer offer's filter on the same node runs first).
        if (e.isConsumed() || e.getCode() != KeyCode.ENTER || e.isAltDown() || e.isControlDown() || e.isShiftDown()) {
            return;
        }
        Object target = e.getTarget();
        if (target instanceof TextArea) {
            return;
        }
        for (int i = 0; i < editors.size(); i++) {
            Control c = editors.get(i).control();
            if (Focus.isWithin(target, c)) {
                if (c instanceof ComboBox<?> box && box.isShowing()) {
                    return;
                }
                e.consume();
                moveOn(i);
                return;
            }
        }
    }

    /** From field {@code index} to the next one, or after the last one to the next step. */
    private void moveOn(int index) {
        wizard.passField(editors.get(index).field().id());
        if (index + 1 < editors.size()) {
            editors.get(index + 1).control().requestFocus();
        } else {
            afterLast.run();
        }
    }
}
