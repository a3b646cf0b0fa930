package kz.qabyldau.app.ui.operators;

import java.util.List;
import java.util.Set;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Region;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.i18n.Language;
import kz.qabyldau.app.ui.common.Styles;
import kz.qabyldau.app.ui.common.View;
import kz.qabyldau.app.ui.operators.SignInViewModel.Mode;

/** The sign-in, first-administrator, new-password and locked screen of a real office (see {@link SignInViewModel}). */
public final class SignInView implements View {

    private final VBox root;
    private final SignInViewModel model;
    private final TextField login = new TextField();
    private final PasswordField password = new PasswordField();
    private final CheckBox kept = new CheckBox();

    public SignInView(SignInViewModel model, I18n i18n) {
        this.model = model;
        Label product = new Label("QABYLDAU");
        product.getStyleClass().add(Styles.LOADING_TITLE);
        Label title = new Label();
        title.setId("signin-title");
        // "Рабочее место заблокировано" is wider than the card: on two lines, never cut.
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.textProperty().bind(model.titleProperty());
        title.getStyleClass().add(Styles.PAGE_TITLE);
        Label intro = new Label();
        intro.setId("signin-intro");
        intro.setWrapText(true);
        intro.textProperty().bind(Bindings.createStringBinding(() -> switch (model.modeProperty().get()) {
            case FIRST_ADMINISTRATOR -> i18n.get("signin.intro.first");
            case RECOVERY_CODE -> i18n.get("signin.intro.recoveryCode");
            case SIGN_IN -> i18n.get("signin.intro.signIn");
            case LOCKED -> i18n.get("signin.intro.locked", model.lockedByProperty().get());
            case CHANGE_PASSWORD -> i18n.get("signin.intro.changePassword");
        }, model.modeProperty(), model.lockedByProperty(), i18n.languageProperty()));

        login.setId("signin-login");
        login.textProperty().bindBidirectional(model.loginProperty());
        TextField name = new TextField();
        name.setId("signin-name");
        name.textProperty().bindBidirectional(model.fullNameProperty());
        password.setId("signin-password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        PasswordField repeat = new PasswordField();
        repeat.setId("signin-repeat");
        repeat.textProperty().bindBidirectional(model.repeatProperty());
        Label code = new Label();
        code.setId("signin-recovery-code");
        code.textProperty().bind(model.recoveryCodeProperty());
        code.getStyleClass().add(Styles.SECTION_TITLE);
        // Read out by a screen reader too, for the one who writes it down.
        code.accessibleTextProperty().bind(model.recoveryCodeProperty());
        kept.setId("signin-recovery-kept");
        kept.setWrapText(true);
        kept.textProperty().bind(i18n.text("signin.recovery.kept"));
        kept.selectedProperty().bindBidirectional(model.recoveryCodeKeptProperty());

        VBox loginRow = row(i18n, "signin.field.login", login, Set.of(Mode.FIRST_ADMINISTRATOR, Mode.SIGN_IN,
                Mode.LOCKED));
        VBox nameRow = row(i18n, "signin.field.name", name, Set.of(Mode.FIRST_ADMINISTRATOR));
        VBox passwordRow = row(i18n, "signin.field.password", password, Set.of(Mode.FIRST_ADMINISTRATOR,
                Mode.SIGN_IN, Mode.LOCKED, Mode.CHANGE_PASSWORD));
        VBox repeatRow = row(i18n, "signin.field.repeat", repeat, Set.of(Mode.FIRST_ADMINISTRATOR,
                Mode.CHANGE_PASSWORD));
        showIn(code, Set.of(Mode.RECOVERY_CODE));
        showIn(kept, Set.of(Mode.RECOVERY_CODE));

        Button submit = new Button();
        submit.setId("signin-submit");
        submit.setDefaultButton(true);
        submit.getStyleClass().add(Styles.PRIMARY_BUTTON);
        submit.textProperty().bind(Bindings.createStringBinding(() -> i18n.get(
                model.modeProperty().get() == Mode.RECOVERY_CODE ? "signin.recovery.done" : "signin.submit"),
                model.modeProperty(), i18n.languageProperty()));
        submit.disableProperty().bind(model.busyProperty().or(model.modeProperty().isEqualTo(Mode.RECOVERY_CODE)
                .and(model.recoveryCodeKeptProperty().not())));
        submit.setOnAction(e -> model.submit());
        Label message = new Label();
        message.setId("signin-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add(Styles.STATUS_MESSAGE);

        VBox card = new VBox(12, product, title, intro, code, kept, loginRow, nameRow, passwordRow, repeatRow, submit,
                message, languages(i18n));
        card.setMaxWidth(460);
        card.getStyleClass().add(Styles.FORM);
        root = new VBox(card);
        root.setId("signin");
        root.setAlignment(Pos.CENTER);
        root.getStyleClass().add(Styles.LOADING);
        model.modeProperty().addListener((o, a, b) -> focusFirstField());
    }

    /** Puts the cursor where the operator types first. */
    public void focusFirstField() {
        if (model.modeProperty().get() == Mode.RECOVERY_CODE) {
            kept.requestFocus();
            return;
        }
        TextInputControl first = model.modeProperty().get() == Mode.LOCKED || model.modeProperty().get()
                == Mode.CHANGE_PASSWORD ? password : login;
        first.requestFocus();
    }

    private VBox row(I18n i18n, String labelKey, Node field, Set<Mode> modes) {
        Label label = new Label();
        label.textProperty().bind(i18n.text(labelKey));
        label.getStyleClass().add(Styles.FORM_LABEL);
        label.setLabelFor(field);
        VBox row = new VBox(4, label, field);
        showIn(row, modes);
        return row;
    }

    private void showIn(Node node, Set<Mode> modes) {
        node.visibleProperty().bind(Bindings.createBooleanBinding(() -> modes.contains(model.modeProperty().get()),
                model.modeProperty()));
        node.managedProperty().bind(node.visibleProperty());
    }

    private static Node languages(I18n i18n) {
        HBox box = new HBox(8);
        box.setAlignment(Pos.CENTER);
        for (Language language : List.of(Language.values())) {
            Button button = new Button();
            button.setId("signin-language-" + language.code());
            button.textProperty().bind(i18n.text(language.shortNameKey()));
            button.accessibleTextProperty().bind(i18n.text(language.nameKey()));
            // For this screen only: the operator's saved language comes back with their work.
            button.setOnAction(e -> i18n.languageProperty().set(language));
            box.getChildren().add(button);
        }
        return box;
    }

    @Override
    public Parent root() {
        return root;
    }
}
