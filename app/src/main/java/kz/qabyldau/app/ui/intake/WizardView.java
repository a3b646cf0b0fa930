package kz.qabyldau.app.ui.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.ui.common.Scrolling;
import kz.qabyldau.app.ui.common.Styles;
import kz.qabyldau.app.ui.common.View;

/**
 * The wizard for one application: the steps on the left (Alt+1…9), the open step in the middle, the live verdict on
 * the right, the session (ticket, service timer against the 20-minute standard, save state) above, Back / Next
 * below (Alt+← / Alt+→). Enter moves from field to field and on to the next step; F1 shows the step's rules and the
 * keyboard map.
 */
final class WizardView implements View {

    private static final PseudoClass OVER = PseudoClass.getPseudoClass(IntakeStyles.OVER_STANDARD);
    private static final PseudoClass HAS_ERRORS = PseudoClass.getPseudoClass(IntakeStyles.HAS_ERRORS);
    private static final DateTimeFormatter SAVED_AT = DateTimeFormatter.ofPattern("HH:mm:ss");
    /** The narrowest a step title gets (the column is wider); below it the title wraps word by word. */
    private static final double STEP_TITLE_MIN_WIDTH = 60;

    private final WizardViewModel wizard;
    private final IntakeSession session;
    private final I18n i18n;
    private final PlaceNames places;
    private final Optional<View> documents;
    private final Optional<View> finish;
    private final Optional<EarlierPermitSearch> search;
    private final Clock time;
    private final Runnable putAside;
    private final BiConsumer<String, List<String>> help;
    private final StepRules rules;
    private final BorderPane root = new BorderPane();
    private final StackPane stepArea = new StackPane();
    private final ScrollPane scroll = new ScrollPane(stepArea);
    private final Map<Integer, Node> built = new HashMap<>();
    private final Map<Integer, Runnable> focusers = new HashMap<>();
    private final ToggleGroup stepGroup = new ToggleGroup();
    private final Timeline clock;
    private Node mrzInput;
    private final Optional<ReturningEmployer> returningEmployer;
    /** What the application already says, offered in the fields that repeat it (issue #13). */
    private final FieldOffers offers;

    WizardView(WizardViewModel wizard, I18n i18n, PlaceNames places, Optional<View> documents,
               Optional<View> finish, Optional<EarlierPermitSearch> search,
               Optional<ReturningEmployer> returningEmployer, Clock time, Runnable putAside,
               BiConsumer<String, List<String>> help) {
        this.documents = documents;
        this.returningEmployer = returningEmployer;
        this.finish = finish;
        this.time = time;
        this.wizard = wizard;
        this.session = wizard.session();
        this.i18n = i18n;
        this.places = places;
        this.offers = new FieldOffers(wizard.session(), places, i18n);
        this.search = search;
        this.putAside = putAside;
        this.help = help;
        this.rules = new StepRules(i18n);
        root.getStyleClass().add(IntakeStyles.WIZARD);
        root.setTop(sessionBar());
        root.setLeft(stepList());
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(IntakeStyles.WIZARD);
        stepArea.setAlignment(Pos.TOP_LEFT);
        stepArea.getStyleClass().add(Styles.PAGE);
        root.setCenter(scroll);
        root.setRight(new VerdictPanel(wizard, i18n).root());
        root.setBottom(actionBar());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcuts);
        scroll.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                // After the next layout: leaving a field may just have shown its message and moved what follows.
                scene.focusOwnerProperty().addListener((p, was, now) -> {
                    scroll.layout();
                    Scrolling.reveal(scroll, now);
                });
            }
        });
        wizard.currentProperty().addListener((o, a, b) -> showStep(b.intValue()));
        // FQN: java.time.Duration is imported for the service time
        clock = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> session.tick()));
        clock.setCycleCount(Timeline.INDEFINITE);
        clock.play();
        session.finished().addListener((o, a, done) -> {
            if (done) {
                clock.stop();
            }
        });
        // Accepted or refused: the record is closed, the timer stands at the outcome, and every step but the finish
        // is shown read-only (the finish step offers what is left: next applicant, print again, the PDF).
        session.frozen().addListener((o, a, closed) -> {
            if (closed) {
                clock.stop();
                built.forEach(this::readOnlyWhenClosed);
            }
        });
        showStep(wizard.currentProperty().get());
    }

    @Override
    public Parent root() {
        return root;
    }

    /** Stops the timer (the page shows another session or the picker). */
    void dispose() {
        clock.stop();
    }

    /** Focuses the open step's first field; called once the wizard is on screen. */
    void focusCurrent() {
        Runnable focus = focusers.get(wizard.currentProperty().get());
        if (focus != null) {
            focus.run();
        }
    }

    private Node sessionBar() {
        Label service = new Label();
        service.textProperty().bind(i18n.languageProperty().map(l ->
                session.serviceDefinition().get().name().in(l.code())));
        service.getStyleClass().add(Styles.PAGE_TITLE);
        service.setId("intake-service-name");
        service.setWrapText(true);

        Label ticket = chip("intake-ticket");
        ticket.textProperty().bind(i18n.languageProperty().map(l -> session.ticket().get().isEmpty()
                ? i18n.get("intake.noTicket") : i18n.get("intake.ticket", session.ticket().get())));
        Label timer = chip("intake-timer");
        timer.textProperty().bind(session.elapsed().map(this::timerText));
        session.elapsed().addListener((o, a, b) ->
                timer.pseudoClassStateChanged(OVER, b.compareTo(IntakeSession.SERVICE_STANDARD) > 0));
        Label saved = chip("intake-saved");
        Runnable saveText = () -> saved.setText(saveState());
        session.saving().addListener((o, a, b) -> saveText.run());
        session.lastSaved().addListener((o, a, b) -> saveText.run());
        session.conflicted().addListener((o, a, b) -> saveText.run());
        i18n.languageProperty().addListener((o, a, b) -> saveText.run());
        saveText.run();
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(10, service, gap, ticket, timer, saved);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(IntakeStyles.SESSION_BAR);
        return bar;
    }

    private String timerText(Duration elapsed) {
        long s = elapsed.getSeconds();
        return i18n.get("intake.timer", String.format("%d:%02d", s / 60, s % 60),
                IntakeSession.SERVICE_STANDARD.toMinutes());
    }

    private String saveState() {
        if (session.conflicted().get()) {
            return i18n.get("intake.conflict.badge");
        }
        if (session.saving().get()) {
            return i18n.get("intake.saving");
        }
        return session.lastSaved().get() == null ? i18n.get("intake.notSaved")
                : i18n.get("intake.saved", SAVED_AT.format(session.lastSaved().get().atZone(ZoneId.systemDefault())));
    }

    private static Label chip(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(IntakeStyles.CHIP);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /**
     * The steps, one compact row each: number, title (wrapped to as many lines as the column's width needs, never cut
     * to "…"), the step's error count. A permit issue's 14 steps fit a 1366x768 window without scrolling; a longer
     * list or a lower window scrolls, and the open step is always in sight.
     */
    private Node stepList() {
        VBox list = new VBox(2);
        for (int i = 0; i < wizard.steps().size(); i++) {
            int index = i;
            WizardStep step = wizard.steps().get(i);
            Label number = new Label(String.valueOf(i + 1));
            number.getStyleClass().add(IntakeStyles.STEP_NUMBER);
            number.setMinWidth(Region.USE_PREF_SIZE);
            Label title = new Label();
            title.textProperty().bind(i18n.languageProperty().map(l -> stepTitle(step, l.code())));
            title.getStyleClass().add(IntakeStyles.STEP_TITLE);
            title.setWrapText(true);
            fitLines(title);
            HBox.setHgrow(title, Priority.ALWAYS);
            Label errors = new Label();
            errors.getStyleClass().add(IntakeStyles.STEP_ERRORS);
            errors.setMinWidth(Region.USE_PREF_SIZE);
            // An empty count takes no room from the title.
            errors.managedProperty().bind(errors.visibleProperty());
            Runnable count = () -> {
                int n = wizard.errorCount(index);
                errors.setText(n == 0 ? "" : String.valueOf(n));
                errors.setVisible(n > 0);
            };
            session.verdict().addListener((o, a, b) -> count.run());
            count.run();
            HBox graphic = new HBox(6, number, title, errors);
            graphic.setAlignment(Pos.CENTER_LEFT);
            ToggleButton button = new ToggleButton();
            button.setId("intake-step-" + (i + 1));
            button.setGraphic(graphic);
            button.setMaxWidth(Double.MAX_VALUE);
            // The row's graphic spans the button inside its padding: the title's lines follow the column's width.
            graphic.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.max(0, button.getWidth()
                    - button.getInsets().getLeft() - button.getInsets().getRight()),
                    button.widthProperty(), button.insetsProperty()));
            graphic.setMinWidth(0);
            button.getStyleClass().add(IntakeStyles.STEP);
            button.setToggleGroup(stepGroup);
            // Reached with Alt+number; out of the Tab order so Tab stays within the form.
            button.setFocusTraversable(false);
            button.accessibleTextProperty().bind(title.textProperty());
            button.setSelected(i == wizard.currentProperty().get());
            button.setOnAction(e -> {
                wizard.goTo(index);
                button.setSelected(wizard.currentProperty().get() == index);
            });
            wizard.currentProperty().addListener((o, a, b) -> button.setSelected(b.intValue() == index));
            session.verdict().addListener((o, a, b) -> button.pseudoClassStateChanged(HAS_ERRORS,
                    wizard.errorCount(index) > 0));
            list.getChildren().add(button);
        }
        ScrollPane scrolling = new ScrollPane(list);
        scrolling.setId("intake-steps");
        scrolling.setFitToWidth(true);
        scrolling.setFocusTraversable(false);
        scrolling.getStyleClass().add(IntakeStyles.STEPS);
        // On a low screen the later steps lie below the fold: the open one is always in sight.
        Runnable revealCurrent = () -> {
            scrolling.layout();
            Scrolling.reveal(scrolling, list.getChildren().get(wizard.currentProperty().get()));
        };
        wizard.currentProperty().addListener((o, a, b) -> revealCurrent.run());
        scrolling.viewportBoundsProperty().addListener((o, a, b) -> {
            if (a.getHeight() != b.getHeight()) {
                revealCurrent.run();
            }
        });
        // Titles wrap anew when the scroll bar comes or goes and the open one turns bold: the rows' heights settle a
        // pulse later, and the open step is brought into sight again then.
        list.heightProperty().addListener((o, a, b) -> Platform.runLater(revealCurrent));
        return scrolling;
    }

    /**
     * A wrapping label as high as its lines at the width it is given, never cut to "Көрсетілетін қызметті ...": inside
     * a button's graphic it is otherwise measured without a width, one word a line, and capped. The width is what the
     * row leaves it, so a scroll bar (a longer list, a lower window) makes the title wrap once more instead of cutting
     * it.
     */
    private static void fitLines(Label label) {
        // Small preferred and unbounded largest width: the row gives the title all the room the number leaves.
        label.setPrefWidth(STEP_TITLE_MIN_WIDTH);
        label.setMinWidth(STEP_TITLE_MIN_WIDTH);
        label.setMaxWidth(Double.MAX_VALUE);
        DoubleBinding height = Bindings.createDoubleBinding(() -> {
            Text probe = new Text(label.getText());
            probe.setFont(label.getFont());
            probe.setLineSpacing(label.getLineSpacing());
            probe.setWrappingWidth(Math.max(1, label.getWidth() - 1 - label.getInsets().getLeft()
                    - label.getInsets().getRight()));
            return Math.ceil(probe.getLayoutBounds().getHeight()) + 2;
        }, label.textProperty(), label.fontProperty(), label.lineSpacingProperty(), label.widthProperty(),
                label.insetsProperty());
        label.prefHeightProperty().bind(height);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxHeight(Region.USE_PREF_SIZE);
        // Measured once more after this pulse: a font just switched to (the open step's bold title) is first measured
        // a few pixels low, and its last line would be lost to "..."; and a height that changed while the row was
        // being laid out is only taken by the rows in a later layout.
        height.addListener((o, was, now) -> Platform.runLater(() -> {
            height.invalidate();
            label.requestLayout();
        }));
    }

    private String stepTitle(WizardStep step, String lang) {
        return switch (step.kind()) {
            case EARLIER_PERMIT -> i18n.get("intake.step.earlierPermit");
            case SECTION -> step.section().title().in(lang);
            case DOCUMENTS -> i18n.get("intake.step.documents");
            case FINISH -> i18n.get("intake.step.finish");
        };
    }

    private Node actionBar() {
        Button back = new Button();
        back.setId("intake-back");
        back.textProperty().bind(i18n.text("intake.back"));
        back.setOnAction(e -> wizard.previous());
        back.setFocusTraversable(false);
        Button aside = new Button();
        aside.setId("intake-put-aside");
        aside.textProperty().bind(i18n.text("intake.putAside"));
        aside.setOnAction(e -> putAside.run());
        aside.setFocusTraversable(false);
        // A closed record is not a draft to put aside: the finish step's "next applicant" leaves it.
        aside.disableProperty().bind(session.frozen());
        Button next = new Button();
        next.setId("intake-next");
        next.textProperty().bind(i18n.text("intake.next"));
        next.getStyleClass().add(Styles.PRIMARY_BUTTON);
        next.setOnAction(e -> wizard.next());
        next.setFocusTraversable(false);
        Runnable ends = () -> {
            back.setDisable(!wizard.hasPrevious());
            next.setDisable(!wizard.hasNext());
        };
        wizard.currentProperty().addListener((o, a, b) -> ends.run());
        ends.run();
        Label keys = new Label();
        keys.textProperty().bind(i18n.text("intake.keys"));
        keys.getStyleClass().add(IntakeStyles.KEYS_HINT);
        keys.setWrapText(true);
        keys.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(keys, Priority.ALWAYS);
        for (Button b : new Button[] {back, aside, next}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(14, back, aside, keys, next);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(Styles.ACTION_BAR);
        return bar;
    }

    private void readOnlyWhenClosed(int index, Node node) {
        if (session.frozen().get() && wizard.steps().get(index).kind() != WizardStep.Kind.FINISH) {
            node.setDisable(true);
        }
    }

    /**
     * Keys on a closed record: Alt+0 goes on to the next applicant's picker (there is nothing to put aside), Enter
     * outside the finish step returns to it (where Enter is "next applicant").
     */
    private void shortcutsWhenClosed(KeyEvent e) {
        if (e.isAltDown() && e.getCode() == KeyCode.DIGIT0) {
            session.finish();
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER && !e.isAltDown()
                && wizard.currentStep().kind() != WizardStep.Kind.FINISH) {
            wizard.goTo(wizard.steps().size() - 1);
            e.consume();
        }
    }

    private void shortcuts(KeyEvent e) {
        if (e.getCode() == KeyCode.F1) {
            WizardStep step = wizard.currentStep();
            help.accept(stepTitle(step, i18n.language().code()),
                    rules.of(session.serviceDefinition().get(), step));
            e.consume();
            return;
        }
        if (session.frozen().get()) {
            shortcutsWhenClosed(e);
            if (e.isConsumed()) {
                return;
            }
        }
        if (!e.isAltDown() || e.isControlDown()) {
            if (e.isShortcutDown() && e.getCode() == KeyCode.S) {
                session.flush();
                e.consume();
            }
            return;
        }
        KeyCode code = e.getCode();
        if (code.isDigitKey() && code.getChar().length() == 1) {
            int n = Character.getNumericValue(code.getChar().charAt(0));
            if (n >= 1) {
                wizard.goTo(n - 1);
            } else {
                putAside.run();
            }
            e.consume();
        } else if (code == KeyCode.RIGHT || code == KeyCode.PAGE_DOWN) {
            wizard.next();
            e.consume();
        } else if (code == KeyCode.LEFT || code == KeyCode.PAGE_UP) {
            wizard.previous();
            e.consume();
        } else if (code == KeyCode.M && mrzInput != null) {
            wizard.goTo(stepOf(mrzInput));
            mrzInput.requestFocus();
            e.consume();
        }
    }

    private int stepOf(Node node) {
        for (Map.Entry<Integer, Node> b : built.entrySet()) {
            for (Node n = node; n != null; n = n.getParent()) {
                if (n == b.getValue()) {
                    return b.getKey();
                }
            }
        }
        return wizard.currentProperty().get();
    }

    private void showStep(int index) {
        Node node = built.computeIfAbsent(index, this::build);
        readOnlyWhenClosed(index, node);
        stepArea.getChildren().setAll(node);
        scroll.setVvalue(0);
        focusCurrent();
    }

    private Node build(int index) {
        WizardStep step = wizard.steps().get(index);
        Runnable nextStep = wizard::next;
        switch (step.kind()) {
            case EARLIER_PERMIT -> {
                EarlierPermitView view = new EarlierPermitView(search.orElseThrow(), session, i18n, nextStep);
                focusers.put(index, () -> Focus.whenShown(view.firstFocus()));
                return view.root();
            }
            case DOCUMENTS -> {
                return documents.map(View::root).map(Node.class::cast).orElseGet(Region::new);
            }
            case FINISH -> {
                return finish.map(View::root).map(Node.class::cast).orElseGet(Region::new);
            }
            default -> {
                return sectionForm(index, step);
            }
        }
    }

    private Node sectionForm(int index, WizardStep step) {
        boolean passport = step.fieldIds().contains("applicant.document.number") && mrzInput == null;
        StepFormView[] form = new StepFormView[1];
        Optional<Node> top = Optional.empty();
        MrzView mrz = null;
        if (passport) {
            MrzReader reader = new MrzReader(session, time, i18n);
            reader.lastReadProperty().addListener((o, a, read) -> offers.passportRead(read));
            mrz = new MrzView(reader, i18n, () -> form[0].focusFirstEmpty());
            top = Optional.of(mrz.root());
        }
        // The employer's step asks for the IIN first: it finds a returning employer (issue #13).
        Optional<ReturningEmployer> employer = returningEmployer
                .filter(r -> step.fieldIds().contains(ReturningEmployer.IIN_FIELD));
        form[0] = new StepFormView(step.section(), wizard, i18n, places, top, employer, offers, wizard::next);
        if (mrz != null) {
            mrzInput = mrz.input();
            form[0].focusFirst(mrzInput);
        }
        focusers.put(index, form[0]::focus);
        return form[0].root();
    }
}
