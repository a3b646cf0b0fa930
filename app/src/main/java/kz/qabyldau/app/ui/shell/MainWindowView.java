package kz.qabyldau.app.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.i18n.Language;
import kz.qabyldau.app.ui.common.Styles;
import kz.qabyldau.app.ui.common.View;

/**
 * The main window: header, training banner, navigation on the left, the open page in the middle.
 * Pages are built the first time they are opened and kept, so a half-typed form survives a
 * look at another page.
 */
public final class MainWindowView implements View {

    private static final PseudoClass ONLINE = PseudoClass.getPseudoClass(Styles.ONLINE);

    private final I18n i18n;
    private final ShellViewModel model;
    private final Function<Destination, View> pages;
    private final Map<Destination, Parent> built = new EnumMap<>(Destination.class);
    private final StackPane content = new StackPane();
    private final BorderPane root = new BorderPane();
    private Runnable help = () -> { };

    public MainWindowView(I18n i18n, ShellViewModel model, Function<Destination, View> pages) {
        this.i18n = i18n;
        this.model = model;
        this.pages = pages;
        content.getStyleClass().add(Styles.CONTENT);
        root.getStyleClass().add(Styles.WINDOW);
        root.setTop(new VBox(header(), trainingBanner()));
        root.setLeft(navigation());
        root.setCenter(content);
        model.destinationProperty().addListener((o, a, b) -> show(b));
        show(model.destinationProperty().get());
    }

    @Override
    public Parent root() {
        return root;
    }

    /**
     * Ctrl+1 … Ctrl+9 open the pages in navigation order (Cmd on a Mac); a tenth page would have none. F1 shows the
     * help, unless the page took it first (the wizard adds its step's rules).
     */
    public void installShortcuts(Scene scene) {
        for (Destination d : Destination.values()) {
            if (d.shortcutDigit() > 9) {
                continue;
            }
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.valueOf("DIGIT" + d.shortcutDigit()),
                    KeyCombination.SHORTCUT_DOWN), () -> model.navigate(d));
        }
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            // A scene shows one workbench at a time (another operator's is kept aside): only the one shown answers.
            if (e.getCode() == KeyCode.F1 && root.getScene() == scene) {
                help.run();
                e.consume();
            }
        });
    }

    /** What F1 does where no page answers it: the shell shows the keyboard map. */
    public void onHelp(Runnable showHelp) {
        help = Objects.requireNonNull(showHelp);
    }

    /**
     * Puts the focus in the open page's work (its first field, list or button) instead of the header: after a
     * dialog at start the window would otherwise give it to the first control it has, the language switch.
     */
    public void focusPage() {
        if (!content.getChildren().isEmpty()) {
            firstFocusable(content.getChildren().get(0)).ifPresent(Node::requestFocus);
        }
    }

    private static Optional<Node> firstFocusable(Node node) {
        if (!node.isVisible() || node.isDisabled()) {
            return Optional.empty();
        }
        if (node.isFocusTraversable()) {
            return Optional.of(node);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                Optional<Node> found = firstFocusable(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private void show(Destination destination) {
        Parent page = built.computeIfAbsent(destination, d -> pages.apply(d).root());
        content.getChildren().setAll(page);
    }

    private Node header() {
        Label product = new Label("QABYLDAU");
        product.getStyleClass().add(Styles.APP_TITLE);
        Label office = new Label();
        office.setId("header-office");
        office.textProperty().bind(model.officeTitleProperty());
        office.getStyleClass().add(Styles.OFFICE_NAME);
        Label clerk = new Label();
        clerk.setId("header-clerk");
        clerk.textProperty().bind(model.clerkLineProperty());
        clerk.getStyleClass().add(Styles.HEADER_DETAIL);
        VBox identity = new VBox(2, product, office, clerk);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Region dot = new Region();
        dot.getStyleClass().add(Styles.STATUS_DOT);
        Label connection = new Label();
        connection.setId("header-connection");
        connection.textProperty().bind(model.connectionTextProperty());
        connection.setGraphic(dot);
        connection.getStyleClass().add(Styles.STATUS_CHIP);
        connection.pseudoClassStateChanged(ONLINE, model.onlineProperty().get());
        model.onlineProperty().addListener((o, a, b) -> connection.pseudoClassStateChanged(ONLINE, b));

        Label waiting = new Label();
        waiting.setId("header-waiting");
        waiting.textProperty().bind(model.waitingTextProperty());
        waiting.getStyleClass().add(Styles.STATUS_CHIP);

        HBox header = new HBox(16, identity, spacer, connection, waiting, languageSwitch());
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add(Styles.HEADER);
        return header;
    }

    private Node languageSwitch() {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox();
        box.getStyleClass().add(Styles.LANGUAGE_SWITCH);
        box.setAlignment(Pos.CENTER);
        for (Language language : Language.values()) {
            ToggleButton button = new ToggleButton();
            button.setId("language-" + language.code());
            button.textProperty().bind(i18n.text(language.shortNameKey()));
            button.accessibleTextProperty().bind(i18n.text(language.nameKey()));
            button.setToggleGroup(group);
            button.setSelected(language == model.languageProperty().get());
            button.setOnAction(e -> {
                model.switchLanguage(language);
                button.setSelected(true); // a click on the current language must not leave none selected
            });
            model.languageProperty().addListener((o, a, b) -> button.setSelected(b == language));
            box.getChildren().add(button);
        }
        return box;
    }

    private Node trainingBanner() {
        Label title = new Label();
        title.textProperty().bind(model.trainingTitleProperty());
        title.getStyleClass().add(Styles.TRAINING_BANNER_TITLE);
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label text = new Label();
        text.textProperty().bind(model.trainingTextProperty());
        text.setWrapText(true);
        HBox banner = new HBox(16, title, text);
        banner.setId("training-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add(Styles.TRAINING_BANNER);
        banner.setVisible(model.isTraining());
        banner.setManaged(model.isTraining());
        return banner;
    }

    private Node navigation() {
        ToggleGroup group = new ToggleGroup();
        VBox nav = new VBox();
        nav.getStyleClass().add(Styles.NAVIGATION);
        for (Destination d : Destination.values()) {
            Label name = new Label();
            name.textProperty().bind(i18n.text(d.labelKey()));
            Label shortcut = new Label();
            if (d.shortcutDigit() <= 9) { // a tenth page has no Ctrl+digit (installShortcuts)
                shortcut.textProperty().bind(i18n.text("nav.shortcut", d.shortcutDigit()));
            }
            shortcut.getStyleClass().add(Styles.NAV_SHORTCUT);
            // "Ctrl+1" is never cut to "Ct…": the name gives way first.
            shortcut.setMinWidth(Region.USE_PREF_SIZE);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox graphic = new HBox(8, name, gap, shortcut);
            graphic.setAlignment(Pos.CENTER_LEFT);

            ToggleButton button = new ToggleButton();
            button.setId(d.nodeId());
            button.setGraphic(graphic);
            button.accessibleTextProperty().bind(name.textProperty());
            button.setMaxWidth(Double.MAX_VALUE);
            graphic.prefWidthProperty().bind(button.widthProperty().subtract(32));
            button.getStyleClass().add(Styles.NAV_BUTTON);
            button.setToggleGroup(group);
            button.setVisible(model.mayOpen(d));
            button.setManaged(model.mayOpen(d));
            button.setSelected(d == model.destinationProperty().get());
            button.setOnAction(e -> {
                model.navigate(d);
                button.setSelected(true);
            });
            model.destinationProperty().addListener((o, a, b) -> button.setSelected(b == d));
            nav.getChildren().add(button);
        }
        return nav;
    }
}
