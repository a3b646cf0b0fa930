package kz.qabyldau.app.ui.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;

import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

import impl.org.controlsfx.skin.AutoCompletePopup;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.forms.service.FieldDefinition;
import kz.qabyldau.forms.service.FieldType;

/**
 * The input for one field of the definition, chosen by its type: text, a date typed {@code dd.mm.yyyy} or picked, a
 * number, a yes/no or enum choice, a country, region or profession with completion. It writes every change into the
 * session at once and follows values the session gets from elsewhere (a read MRZ, an earlier permit).
 */
final class FieldEditor {

    /** The free-text field offered the reference data's professions as completion (issue #5). */
    static final String PROFESSION = "request.profession";

    private final FieldDefinition field;
    private final IntakeSession session;
    private final I18n i18n;
    private final PlaceNames places;
    private final Control control;
    /** What to do once the clerk picked a completion with Enter (move on, as Enter does elsewhere). */
    private Runnable afterCompletion = () -> { };
    /** True while the editor shows a value from the session, so that echo is not written back. */
    private boolean showing;

    FieldEditor(FieldDefinition field, IntakeSession session, I18n i18n, PlaceNames places) {
        this.field = Objects.requireNonNull(field);
        this.session = session;
        this.i18n = i18n;
        this.places = places;
        this.control = switch (field.type()) {
            case DATE -> datePicker();
            case BOOLEAN -> yesNo();
            case ENUM -> choice();
            default -> textField();
        };
        control.setId("field-" + field.id().replace('.', '-'));
        control.setMaxWidth(field.type() == FieldType.TEXT
                && (field.maxLength() == null || field.maxLength() > 60) ? Double.MAX_VALUE : 320);
        show(session.field(field.id()));
    }

    FieldDefinition field() {
        return field;
    }

    /** The control to place and focus. */
    Control control() {
        return control;
    }

    void onCompleted(Runnable action) {
        this.afterCompletion = action;
    }

    /** Shows a value from the session unless the control already says the same. */
    void show(Object stored) {
        if (Objects.equals(stored, currentValue())) {
            return;
        }
        showing = true;
        try {
            if (control instanceof DatePicker picker) {
                picker.getEditor().setText(FieldValues.toTyped(field, stored));
            } else if (control instanceof ComboBox<?> box) {
                selectInBox(box, stored);
            } else if (control instanceof TextField text) {
                text.setText(displayText(stored));
            }
        } finally {
            showing = false;
        }
    }

    /** The value the control holds now, as the session stores it. */
    Object currentValue() {
        if (control instanceof DatePicker picker) {
            return FieldValues.fromTyped(field, picker.getEditor().getText());
        }
        if (control instanceof ComboBox<?> box) {
            return box.getValue();
        }
        return control instanceof TextField text ? storedValue(text.getText()) : null;
    }

    private void write() {
        if (!showing) {
            session.setField(field.id(), currentValue());
        }
    }

    private TextField textField() {
        TextField text = new TextField();
        switch (field.type()) {
            case IIN, BIN, BIN_OR_IIN -> text.setTextFormatter(new TextFormatter<>(allow("\\d{0,12}")));
            case INTEGER, YEAR -> text.setTextFormatter(new TextFormatter<>(allow("\\d{0,9}")));
            case MONEY -> text.setTextFormatter(new TextFormatter<>(allow("[\\d \\u00a0]{0,15}([.,]\\d{0,2})?")));
            case COUNTRY -> complete(text, typed -> places.suggestCountries(typed, i18n.language().code()));
            case REGION -> complete(text, typed -> places.suggestRegions(typed, i18n.language().code()));
            default -> {
                if (PROFESSION.equals(field.id())) {
                    // Helps typing; any other profession is stored as typed.
                    complete(text, typed -> places.suggestProfessions(typed, i18n.language().code()));
                }
                if (latinCapitalsOnly()) {
                    text.setTextFormatter(new TextFormatter<>(upperCase()));
                }
            }
        }
        if (field.maxLength() != null) {
            text.setPrefColumnCount(Math.min(field.maxLength(), 40));
        }
        text.textProperty().addListener((o, a, b) -> write());
        if (field.type() == FieldType.COUNTRY
                || field.type() == FieldType.REGION) {
            // A code shown in another language's name must follow a language switch.
            i18n.languageProperty().addListener((o, a, b) -> {
                Object stored = session.field(field.id());
                showing = true;
                text.setText(displayText(stored));
                showing = false;
            });
        }
        return text;
    }

    /**
     * A completion list under {@code text}; picking from it with Enter moves on, as Enter does elsewhere. The list is
     * filled in the background, so it may still show an earlier prefix's entries when Enter comes: the pick is
     * checked against the text as it is now ({@link CompletionChoice}) and a stale entry is never written.
     */
    private void complete(TextField text, Function<String, List<String>> suggestions) {
        AutoCompletionBinding<String> binding =
                TextFields.bindAutoCompletion(text, request -> suggestions.apply(request.getUserText()));
        binding.setOnAutoCompleted(e -> afterCompletion.run());
        AutoCompletePopup<String> popup = binding.getAutoCompletionPopup();
        EventHandler<AutoCompletePopup.SuggestionEvent<String>> takeIt = popup.getOnSuggestion();
        popup.setOnSuggestion(e -> {
            Optional<String> choice = CompletionChoice.onEnter(text.getText(), e.getSuggestion(), suggestions);
            if (choice.isPresent()) {
                takeIt.handle(new AutoCompletePopup.SuggestionEvent<>(choice.get()));
            } else {
                // The text as typed stands (it names a place already, or is ambiguous): close the list, move on.
                popup.hide();
                afterCompletion.run();
            }
        });
    }

    private DatePicker datePicker() {
        DatePicker picker = new DatePicker();
        picker.setConverter(new StringConverter<>() {
            /** Text that is not a date, kept so the picker shows it back instead of wiping what was typed. */
            private String notADate;

            @Override
            public String toString(LocalDate date) {
                if (date == null) {
                    return notADate == null ? "" : notADate;
                }
                notADate = null;
                return date.format(FieldValues.TYPED_DATE);
            }

            @Override
            public LocalDate fromString(String text) {
                LocalDate date = text == null || text.isBlank() ? null : FieldValues.parseDate(text);
                // The law core names the problem ("… is not a date"); the picker must neither throw nor erase.
                notADate = date == null && text != null && !text.isBlank() ? text : null;
                return date;
            }
        });
        // The calendar opens on the date typed so far (F4 / Alt+↓), not on today.
        picker.setOnShowing(e -> picker.setValue(FieldValues.parseDate(picker.getEditor().getText())));
        picker.promptTextProperty().bind(i18n.text("intake.date.prompt"));
        picker.setPrefWidth(170);
        picker.getEditor().textProperty().addListener((o, a, b) -> write());
        return picker;
    }

    private ComboBox<Boolean> yesNo() {
        ComboBox<Boolean> box = new ComboBox<>(FXCollections.observableArrayList(Boolean.TRUE, Boolean.FALSE));
        box.setCellFactory(list -> cell());
        box.setButtonCell(cell());
        box.promptTextProperty().bind(i18n.text("intake.choose"));
        box.valueProperty().addListener((o, a, b) -> write());
        typeAhead(box);
        return box;
    }

    private ComboBox<String> choice() {
        ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(field.values()));
        box.setCellFactory(list -> cell());
        box.setButtonCell(cell());
        box.promptTextProperty().bind(i18n.text("intake.choose"));
        box.valueProperty().addListener((o, a, b) -> write());
        typeAhead(box);
        return box;
    }

    private <T> ListCell<T> cell() {
        ListCell<T> cell = new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                textProperty().unbind();
                if (empty || item == null) {
                    setText(null);
                } else {
                    textProperty().bind(Bindings.createStringBinding(() -> label(item), i18n.languageProperty()));
                }
            }
        };
        return cell;
    }

    private String label(Object item) {
        if (item instanceof Boolean b) {
            return i18n.get(b ? "intake.yes" : "intake.no");
        }
        return IntakeTexts.value(i18n, field, item.toString());
    }

    /**
     * A closed choice box follows the keyboard: a letter picks the first option starting with it, the arrows step
     * through the options — so nothing needs the mouse or opening the list.
     */
    private <T> void typeAhead(ComboBox<T> box) {
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (box.isShowing() || e.isAltDown() || e.isControlDown()) {
                return;
            }
            List<T> items = box.getItems();
            int at = items.indexOf(box.getValue());
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) {
                int next = e.getCode() == KeyCode.DOWN ? Math.min(at + 1, items.size() - 1) : Math.max(at - 1, 0);
                box.setValue(items.get(next));
                e.consume();
            }
        });
        box.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            String typed = e.getCharacter().toLowerCase(Locale.ROOT);
            if (typed.isBlank() || e.isAltDown() || e.isControlDown()) {
                return;
            }
            for (T item : box.getItems()) {
                if (label(item).toLowerCase(Locale.ROOT).startsWith(typed)) {
                    box.setValue(item);
                    e.consume();
                    return;
                }
            }
        });
    }

    @SuppressWarnings("unchecked")
    private void selectInBox(ComboBox<?> box, Object stored) {
        ((ComboBox<Object>) box).setValue(stored);
    }

    private String displayText(Object stored) {
        if (stored == null) {
            return "";
        }
        String lang = i18n.language().code();
        return switch (field.type()) {
            case COUNTRY -> places.countryName(stored.toString(), lang);
            case REGION -> places.regionName(stored.toString(), lang);
            default -> FieldValues.toTyped(field, stored);
        };
    }

    private Object storedValue(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (field.type()) {
            // The completion list is computed off the FX thread: a clerk may move on before it shows, so a text
            // that names exactly one place is that place, popup or not.
            case COUNTRY -> places.countryCodeOrOnlySuggestion(text, i18n.language().code()).orElse(text.strip());
            case REGION -> places.regionCodeOrOnlySuggestion(text, i18n.language().code()).orElse(text.strip());
            default -> FieldValues.fromTyped(field, text);
        };
    }

    /** A pattern that admits only Latin capitals (the Latin name, document numbers): type in any case. */
    private boolean latinCapitalsOnly() {
        String p = field.pattern();
        return p != null && p.contains("A-Z") && !p.contains("a-z");
    }

    private static UnaryOperator<TextFormatter.Change> allow(String regex) {
        return change -> change.getControlNewText().matches(regex) ? change : null;
    }

    private static UnaryOperator<TextFormatter.Change> upperCase() {
        return change -> {
            change.setText(change.getText().toUpperCase(Locale.ROOT));
            return change;
        };
    }

    /** For laying out: the node to put in the form. */
    Node node() {
        return control;
    }
}
