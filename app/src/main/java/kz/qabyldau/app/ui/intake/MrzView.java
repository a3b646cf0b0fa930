package kz.qabyldau.app.ui.intake;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.ui.common.Styles;

/**
 * The passport's machine-readable zone, typed by a keyboard-wedge reader (the lines with Enter after each) or
 * pasted. Enter after the last line reads it; a paste is read as soon as it is whole; Enter in the empty field goes
 * on to the fields typed by hand.
 */
final class MrzView {

    private static final PseudoClass FAILED = PseudoClass.getPseudoClass(IntakeStyles.FAILED);

    private final TextArea input = new TextArea();
    private final VBox root;

    /**
     * @param afterRead what to do once a zone was read and the fields filled, or skipped: move on to the first empty
     *                  field
     */
    MrzView(MrzReader reader, I18n i18n, Runnable afterRead) {
        Label title = new Label();
        title.textProperty().bind(i18n.text("intake.mrz.title"));
        title.getStyleClass().add(Styles.FORM_LABEL);
        title.setLabelFor(input);
        title.setWrapText(true);
        input.setId("intake-mrz");
        input.getStyleClass().add(IntakeStyles.MRZ_INPUT);
        input.setPrefRowCount(3);
        input.setWrapText(false);
        input.promptTextProperty().bind(i18n.text("intake.mrz.prompt"));
        input.accessibleTextProperty().bind(i18n.text("intake.mrz.title"));
        Label hint = new Label();
        hint.textProperty().bind(i18n.text("intake.mrz.hint"));
        hint.getStyleClass().add(Styles.FIELD_HINT);
        hint.setWrapText(true);
        Label message = new Label();
        message.setId("intake-mrz-message");
        message.textProperty().bind(reader.messageProperty());
        message.getStyleClass().add(IntakeStyles.MRZ_MESSAGE);
        message.setWrapText(true);
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        reader.failedProperty().addListener((o, a, b) -> message.pseudoClassStateChanged(FAILED, b));

        input.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean enter = e.getCode() == KeyCode.ENTER && !e.isAltDown() && !e.isControlDown();
            if (enter && input.getText().isBlank()) {
                // No passport to read (no reader, an ID card without a zone): Enter goes on to the fields.
                e.consume();
                afterRead.run();
            } else if (enter && MrzEntry.readOnEnter(input.getText())) {
                e.consume();
                if (reader.read(input.getText())) {
                    afterRead.run();
                }
            } else if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                // Tab leaves the zone (a TextArea would insert a tab character).
                e.consume();
                input.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true,
                        false, false));
            }
        });
        input.textProperty().addListener((o, a, b) -> {
            // A paste arrives whole; typing by a reader arrives line by line and is read on its final Enter.
            if (b != null && a != null && b.length() - a.length() > 1 && MrzEntry.complete(b)) {
                if (reader.read(b)) {
                    afterRead.run();
                }
            }
        });
        root = new VBox(6, title, input, hint, message);
        root.getStyleClass().addAll(Styles.FORM, IntakeStyles.MRZ);
    }

    Node root() {
        return root;
    }

    /** The input, focused first on the passport step. */
    Node input() {
        return input;
    }
}
