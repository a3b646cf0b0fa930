package kz.qabyldau.app.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;

import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.i18n.Language;
import kz.qabyldau.app.settings.OfficeSettings;
import kz.qabyldau.app.store.AuditLog;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.crypto.DataKeyKeeper;
import kz.qabyldau.app.store.operators.Operators;
import kz.qabyldau.app.store.operators.Role;
import kz.qabyldau.app.store.operators.SignInPolicy;
import kz.qabyldau.app.store.SqliteSettingsStore;
import kz.qabyldau.app.print.PrintEnvironment;
import kz.qabyldau.app.ui.TrainingSimulator;
import kz.qabyldau.app.ui.WorkstationApp;
import kz.qabyldau.app.ui.intake.FieldValues;
import kz.qabyldau.app.ui.operators.IdleLock;
import kz.qabyldau.app.ui.intake.PlaceNames;
import kz.qabyldau.app.ui.intake.documents.DocumentDate;
import kz.qabyldau.forms.application.Application;
import kz.qabyldau.forms.reference.ReferenceData;
import kz.qabyldau.forms.service.DocumentRequirement;
import kz.qabyldau.forms.service.FieldDefinition;
import kz.qabyldau.forms.service.Section;
import kz.qabyldau.forms.service.ServiceCatalog;
import kz.qabyldau.forms.service.ServiceDefinition;
import kz.qabyldau.forms.verdict.Verdicts;
import java.util.function.Predicate;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.image.Image;
import kz.qabyldau.forms.service.FieldType;

/**
 * A clerk at the real workstation, driven by the TestFX robot: what it types and presses is counted, so the flows can
 * report how many keystrokes an application takes. The passport reader's keystrokes are counted apart.
 */
final class Desk {

    static final ReferenceData REFERENCE = ReferenceData.loadBundled();
    static final ServiceCatalog CATALOG = ServiceCatalog.loadBundled();
    /** How the clerk types a date: six digits (the century follows from the field, FieldValues.parseDate). */
    static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("ddMMyy");
    static final String PASSPORT_LINE_1 = "P<UZBKARIMOV<<ALISHER<<<<<<<<<<<<<<<<<<<<<<<";
    static final String PASSPORT_LINE_2 = "FA12345673UZB9003129M3002016<<<<<<<<<<<<<<06";
    /** A second labour immigrant, for an application of the same employer (every check digit right). */
    static final List<String> SECOND_PASSPORT = List.of("P<UZBTOSHEV<<BOBUR<<<<<<<<<<<<<<<<<<<<<<<<<<",
            "FB76543214UZB9507155M3205013<<<<<<<<<<<<<<04");
    private static final Path SHOTS = Path.of("target", "intake-shots");

    final FxRobot robot = new FxRobot();
    final Path dataDir;
    // FQN: the form model's Application is imported here
    javafx.application.Application app;
    int keystrokes;
    int readerKeystrokes;
    /** What the passport reader reads next. */
    List<String> passport = List.of(PASSPORT_LINE_1, PASSPORT_LINE_2);
    /** The clerk's keystrokes per part of the flow, in order (for docs/intake.md). */
    final Map<String, Integer> perPart = new LinkedHashMap<>();
    private int partStart;

    /** Closes the current part of the flow under {@code name}. */
    void part(String name) {
        perPart.merge(name, keystrokes - partStart, Integer::sum);
        partStart = keystrokes;
    }

    Desk(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** Configures the office (as Settings would) so the desk works for real, not in training. */
    void configureOffice(String language) {
        Database db = Database.open(DataFolder.at(dataDir, false));
        try {
            new SqliteSettingsStore(db).save(new OfficeSettings("ХҚКО №2 Астана", "710000000",
                    "Астана қаласы Алматы ауданының әкімдігі", "Айгүл Сейітова", language,
                    "https://central.example.kz"));
        } finally {
            db.close();
        }
    }

    void start() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(WorkstationApp.class, "--data-dir", dataDir.toString());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#nav-settings").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Gives the office its operators as the {@code operators} command would: an administrator and a clerk who has
     * chosen her own password already (logins {@code admin} and {@code clerk}).
     *
     * @return the audit trail's last entry so far
     */
    long officeWithOperators(String adminPassword, String clerkName, String clerkPassword) {
        try (Database db = Database.open(DataFolder.at(dataDir, false))) {
            Operators operators = Operators.of(db, DataKeyKeeper.attach(db), Clock.systemUTC(), SignInPolicy.OFFICE);
            operators.createFirstAdministrator("admin", "Айгерім Сәрсенова", adminPassword.toCharArray());
            operators.add("clerk", clerkName, Role.CLERK, "temporary-pass".toCharArray());
            operators.signIn("clerk", "temporary-pass".toCharArray());
            operators.changePassword("temporary-pass".toCharArray(), clerkPassword.toCharArray());
            operators.signOut();
            return new AuditLog(db, Clock.systemUTC()).latest(1).get(0).id();
        }
    }

    /**
     * Starts a real office's window (one with operators) that counts its idle time with {@code idleClock}, and waits
     * for the sign-in screen.
     */
    void startAtSignIn(IdleLock.Timers idleClock) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new WorkstationApp(TrainingSimulator.Tuning.standard(),
                List.of("--data-dir", dataDir.toString()), PrintEnvironment.saveOnly(), idleClock));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#signin-password").tryQuery()
                .map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    void stop() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
    }

    // ---- Counted input ----

    void type(String text) {
        robot.write(text);
        keystrokes += text.length();
        WaitForAsyncUtils.waitForFxEvents();
    }

    void key(KeyCode code) {
        robot.type(code);
        keystrokes++;
        WaitForAsyncUtils.waitForFxEvents();
    }

    void alt(KeyCode code) {
        robot.press(KeyCode.ALT).type(code).release(KeyCode.ALT);
        keystrokes++;
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The passport reader (a keyboard wedge) types the two lines of the zone, each ended with Enter. */
    void readPassport() {
        for (String line : passport) {
            robot.write(line);
            robot.type(KeyCode.ENTER);
            readerKeystrokes += line.length() + 1;
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    // ---- What is on screen ----

    Node focused() {
        WaitForAsyncUtils.waitForFxEvents();
        Window w = robot.listTargetWindows().stream().filter(Window::isFocused).findFirst()
                .orElse(robot.listTargetWindows().get(0));
        Scene scene = w.getScene();
        return scene == null ? null : scene.getFocusOwner();
    }

    /** The id of the node (or its nearest ancestor with one) that has the focus. */
    String focusedId() {
        for (Node n = focused(); n != null; n = n.getParent()) {
            if (n.getId() != null) {
                return n.getId();
            }
        }
        return null;
    }

    String text(String query) {
        Node node = robot.lookup(query).query();
        return node instanceof Labeled l ? l.getText() : ((TextField) node).getText();
    }

    void waitFor(String query, Predicate<String> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent()
                && condition.test(text(query)));
    }

    /** Saves a picture of the window for a person to look at. */
    void shot(String name) {
        WaitForAsyncUtils.waitForFxEvents();
        // A dialog when one is open, else the main window.
        Window window = robot.listTargetWindows().stream().filter(Window::isShowing)
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .findFirst().orElse(robot.listTargetWindows().get(0));
        Node root = window.getScene().getRoot();
        Image image = robot.capture(root).getImage();
        try {
            Path file = SHOTS.resolve(name + ".png").normalize();
            Files.createDirectories(file.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- The wizard, by keyboard ----

    /** Ticket, then the service picked by typing its position in the list with the arrow keys. */
    void startService(String ticket, int downPresses) {
        assertThat(focusedId()).isEqualTo("intake-ticket-input");
        type(ticket);
        key(KeyCode.ENTER);
        for (int i = 0; i < downPresses; i++) {
            key(KeyCode.DOWN);
        }
        key(KeyCode.ENTER);
        // The draft is created off the FX thread; the wizard then focuses its first field.
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                String id = focusedId();
                return id != null && (id.startsWith("field-") || id.equals("intake-lookup-query"));
            });
        } catch (TimeoutException e) {
            throw new AssertionError("the wizard did not open; focus on " + focusedId(), e);
        }
    }

    /**
     * Walks the definition's sections with the keyboard: types each value that the field does not show yet, Enter
     * to the next field, Alt+→ as soon as nothing is left to type in the step. The MRZ field gets the reader.
     */
    void fillSections(ServiceDefinition definition, Map<String, String> typed) {
        Map<String, FieldDefinition> byControl = new LinkedHashMap<>();
        definition.fields().forEach(f -> byControl.put("field-" + f.id().replace('.', '-'), f));
        for (int guard = 0; guard < 200; guard++) {
            String id = focusedId();
            if ("intake-mrz".equals(id)) {
                readPassport();
                continue;
            }
            FieldDefinition field = byControl.get(id);
            if (field == null) {
                return; // past the last section
            }
            String section = definition.sections().stream().filter(x -> x.fields().contains(field))
                    .map(x -> x.title().in("en")).findFirst().orElse("?");
            String value = typed.get(field.id());
            if (OFFERED.equals(value) && shown(id).isEmpty()) {
                // What the desk offers under the field is what the clerk would type: one key takes it, and moves on.
                awaitOffer(field.id());
                key(KeyCode.ENTER);
                part("section: " + section);
                continue;
            }
            if (value != null && shown(id).isEmpty()) {
                type(value);
                if (field.type() == FieldType.COUNTRY
                        || field.type() == FieldType.REGION) {
                    awaitOneSuggestion();
                }
                if (field.id().equals("request.profession")) {
                    // The reference professions complete what was typed: Enter picks the one left, and moves on.
                    awaitOneSuggestion();
                    key(KeyCode.ENTER);
                    part("section: " + section);
                    continue;
                }
                if (field.id().equals("employer.iin") && offerShown()) {
                    // A returning employer: one key takes what the office knows of them, and moves on.
                    key(KeyCode.ENTER);
                    part("section: " + section + " (returning employer offered, Enter)");
                    continue;
                }
            }
            if (nothingLeftAfter(definition, field, typed)) {
                alt(KeyCode.RIGHT);
            } else {
                key(KeyCode.ENTER);
            }
            part("section: " + section);
        }
        throw new AssertionError("the wizard did not leave its sections");
    }

    /** Typed for a field whose offer (shown under it) the clerk takes with Enter instead of typing. */
    static final String OFFERED = "(offered)";

    private void awaitOffer(String field) {
        String query = "#intake-offer-" + field.replace('.', '-');
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
        } catch (TimeoutException e) {
            throw new AssertionError("nothing offered in " + field, e);
        }
    }

    /** Whether the desk offers a returning employer's data now (its lookup runs off the FX thread). */
    private boolean offerShown() {
        if (!expectReturningEmployer) {
            return false;
        }
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> robot.lookup("#intake-employer-offer").tryQuery().map(Node::isVisible).orElse(false));
            return true;
        } catch (TimeoutException e) {
            throw new AssertionError("no returning employer was offered", e);
        }
    }

    /** Whether the next employer typed is one the office knows (the flow then waits for the offer). */
    boolean expectReturningEmployer;

    /**
     * Completion lists are computed off the FX thread: a clerk sees the list settle on the one place typed before
     * pressing Enter, and so does the robot (an Enter on a list still showing an earlier prefix's places would pick
     * the wrong one).
     */
    private void awaitOneSuggestion() {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                return robot.lookup(".auto-complete-popup").queryAll().stream()
                        .filter(n -> n instanceof ListView<?>)
                        .map(n -> (ListView<?>) n)
                        .anyMatch(l -> l.getScene() != null && l.getScene().getWindow().isShowing()
                                && l.getItems().size() == 1);
            });
        } catch (TimeoutException e) {
            throw new AssertionError("the completion did not settle on one place", e);
        }
    }

    private String shown(String controlId) {
        Node node = robot.lookup("#" + controlId).query();
        if (node instanceof DatePicker p) {
            return p.getEditor().getText();
        }
        if (node instanceof ComboBox<?> box) {
            return box.getValue() == null ? "" : box.getValue().toString();
        }
        return ((TextField) node).getText();
    }

    private boolean nothingLeftAfter(ServiceDefinition definition, FieldDefinition field, Map<String, String> typed) {
        for (Section s : definition.sections()) {
            int at = s.fields().indexOf(field);
            if (at >= 0) {
                return s.fields().subList(at + 1, s.fields().size()).stream().noneMatch(f ->
                        typed.containsKey(f.id()) && shown("field-" + f.id().replace('.', '-')).isEmpty());
            }
        }
        return false;
    }

    /**
     * The documents checklist by keyboard: Space ticks a document without dates, a typed date ticks its document by
     * itself; Enter moves on to what is still to enter (the next empty date, or the box of a document without dates),
     * and after the last input nothing is pressed (the caller goes on with Alt+→). A date the desk shows already
     * (the passport's expiry read from its zone) is checked, not typed. {@code dates}: document type → its dates in
     * the order the row shows them.
     */
    void fillDocuments(ServiceDefinition definition, Map<String, List<LocalDate>> dates) {
        List<DocumentRequirement> rows = definition.documents().stream().filter(d -> !d.printedAtIntake()).toList();
        String first = "documents-" + rows.get(0).type() + "-presented";
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> first.equals(focusedId()));
        } catch (TimeoutException e) {
            throw new AssertionError("the documents step did not take the focus: " + focusedId(), e);
        }
        // What the clerk enters, in order: a box id (Space) or a date input id with its date.
        List<Map.Entry<String, LocalDate>> inputs = new ArrayList<>();
        for (DocumentRequirement d : rows) {
            List<LocalDate> given = dates.getOrDefault(d.type(), List.of());
            List<DocumentDate> which = List.copyOf(DocumentDate.neededBy(d));
            if (given.isEmpty()) {
                inputs.add(new AbstractMap.SimpleEntry<>("documents-" + d.type() + "-presented", null));
            }
            for (int i = 0; i < given.size(); i++) {
                String id = "documents-" + d.type() + "-" + which.get(i).id();
                String shown = ((TextField) robot.lookup("#" + id).query()).getText();
                if (shown.isEmpty()) {
                    inputs.add(new AbstractMap.SimpleEntry<>(id, given.get(i)));
                } else {
                    assertThat(shown).as(id).isEqualTo(given.get(i).format(FieldValues.TYPED_DATE));
                }
            }
        }
        for (int i = 0; i < inputs.size(); i++) {
            Map.Entry<String, LocalDate> input = inputs.get(i);
            assertThat(focusedId()).isEqualTo(input.getKey());
            if (input.getValue() == null) {
                key(KeyCode.SPACE);
            } else {
                type(input.getValue().format(TYPED));
            }
            if (i < inputs.size() - 1) {
                key(KeyCode.ENTER);
            }
        }
    }

    /**
     * Fills the definition's sections without counting keys (flows that test an outcome, not typing): every step is
     * opened and its controls set as typing would set them. Combo boxes take the stored value ({@code married},
     * {@code true}); text controls the text a clerk would type.
     */
    void fillDirectly(ServiceDefinition definition, Map<String, Object> values) {
        for (int i = 1; robot.lookup("#intake-step-" + i).tryQuery().isPresent(); i++) {
            openStep(i);
            for (FieldDefinition f : definition.fields().toList()) {
                Object value = values.get(f.id());
                var control = robot.lookup("#field-" + f.id().replace('.', '-')).tryQuery();
                if (value == null || control.isEmpty()) {
                    continue;
                }
                robot.interact(() -> set(control.get(), value));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void set(Node control, Object value) {
        if (control instanceof DatePicker p) {
            p.getEditor().setText(value.toString());
        } else if (control instanceof ComboBox<?> box) {
            ((ComboBox<Object>) box).setValue(value);
        } else {
            ((TextField) control).setText(value.toString());
        }
    }

    /** How many steps the wizard shows (the documents step is the last but one, finish the last). */
    int stepCount() {
        int n = 0;
        while (robot.lookup("#intake-step-" + (n + 1)).tryQuery().isPresent()) {
            n++;
        }
        return n;
    }

    /** Opens step {@code n} (1-based) as a click on its button would. */
    void openStep(int n) {
        Node step = robot.lookup("#intake-step-" + n).query();
        robot.interact(() -> ((ButtonBase) step).fire());
    }

    /** Records a document on the documents step (which must be open) without counting keys. */
    void presentDirectly(String type, Map<String, LocalDate> dates) {
        robot.interact(() -> {
            ((CheckBox) robot.lookup("#documents-" + type + "-presented").query())
                    .setSelected(true);
            dates.forEach((id, date) -> ((TextField) robot.lookup("#documents-" + type + "-" + id).query())
                    .setText(date.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"))));
        });
    }

    // ---- Values ----

    static String label(Language lang, String key) {
        return new I18n(lang).get(key);
    }

    static String firstLetter(Language lang, String key) {
        return label(lang, key).substring(0, 1);
    }

    /** The first letter of an enum value's name as the definitions give it (the choice list's type-ahead). */
    static String enumFirstLetter(Language lang, String field, String value) {
        return CATALOG.inForce("permit.issue", LocalDate.of(2026, 3, 2)).orElseThrow().field(field).orElseThrow()
                .valueLabel(value, lang.code()).orElseThrow().substring(0, 1);
    }

    static String country(String code, Language lang) {
        return new PlaceNames(REFERENCE).countryName(code, lang.code());
    }

    static String region(String code, Language lang) {
        return new PlaceNames(REFERENCE).regionName(code, lang.code());
    }

    /** The prepayment the law core expects for {@code months} paid on {@code paidOn} (rates are data). */
    static String expectedPrepayment(int months, LocalDate paidOn) {
        Verdicts verdicts = new Verdicts(CATALOG, REFERENCE, REFERENCE.calendar());
        Application probe = new Application(Application.FORMAT, "probe", "permit.issue", null, "ru",
                Map.of("request.months", months, "prepayment.paidOn", paidOn.toString(), "prepayment.amount", 1),
                List.of(), List.of());
        BigDecimal expected = verdicts.evaluate(probe, LocalDateTime.now()).figures().get("prepaymentExpected");
        return expected.stripTrailingZeros().toPlainString();
    }
}
