package kz.qabyldau.app.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Toggle;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.i18n.Language;
import kz.qabyldau.app.store.AuditActions;
import kz.qabyldau.app.store.AuditLog;
import kz.qabyldau.app.store.AuditQuery;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.crypto.DataKeyKeeper;
import kz.qabyldau.app.ui.LoggingReset;
import kz.qabyldau.app.ui.operators.HandMovedIdleClock;
import kz.qabyldau.app.ui.operators.OperatorSession;
import kz.qabyldau.forms.service.ServiceDefinition;

/**
 * Issue #9: a clerk of a real office (operators, sealed data) signs in, takes an application, is locked out by the
 * idle time halfway through a field, unlocks, and finds the application exactly as it was — every field, the open
 * step, the field with the cursor and the cursor in it — then accepts it. The audit trail names the clerk for the
 * sign-in, the idle lock, the unlock and the acceptance, in that order, and its chain is intact. The idle time is
 * counted by a clock the test moves: nothing here waits ten minutes or sleeps.
 */
class IdleLockFlowTest {

    private static final String ADMIN_PASSWORD = "admin-secret-1";
    private static final String CLERK_PASSWORD = "clerk-secret-2";
    private static final String CLERK_NAME = "Нұрлан Исаев";
    private static final Duration IDLE = OperatorSession.DEFAULT_IDLE_LOCK;

    @TempDir
    Path dataDir;

    private Desk desk;

    @AfterEach
    void stop() throws TimeoutException {
        if (desk != null) {
            desk.stop();
        }
        LoggingReset.restoreDefault();
    }

    @Test
    void aClerkLockedByTheIdleTimeUnlocksToTheSameDraftAndAcceptsIt() throws Exception {
        desk = new Desk(dataDir);
        desk.configureOffice(Language.RU.code());
        long setUp = desk.officeWithOperators(ADMIN_PASSWORD, CLERK_NAME, CLERK_PASSWORD);
        HandMovedIdleClock idle = new HandMovedIdleClock();
        desk.startAtSignIn(idle);

        // Sign in.
        desk.robot.interact(() -> desk.robot.lookup("#signin-login").queryAs(TextInputControl.class).requestFocus());
        desk.type("clerk");
        desk.key(KeyCode.TAB);
        desk.type(CLERK_PASSWORD);
        desk.key(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "intake-ticket-input".equals(desk.focusedId()));
        assertThat(desk.text("#header-clerk")).contains(CLERK_NAME);

        // Take an application: everything set but the address abroad, which the clerk is typing when she leaves.
        LocalDate today = LocalDate.now();
        ServiceDefinition definition = Desk.CATALOG.inForce("qualification.issue", today).orElseThrow();
        desk.startService("C-9", 4);
        Map<String, Object> v = new HashMap<>();
        v.put("applicant.surname", "Smith");
        v.put("applicant.givenNames", "John");
        v.put("applicant.document.number", "533401271");
        v.put("applicant.document.issuedOn", "01.06.2021");
        v.put("applicant.document.issuedBy", "HM Passport Office");
        v.put("applicant.address", "Астана, Мәңгілік Ел 55, 7");
        v.put("applicant.phone", "+7 701 123 4567");
        v.put("request.profession", "инженер-программист");
        v.put("request.sector", "ақпарат және байланыс");
        v.put("consent.personalData", Boolean.TRUE);
        desk.fillDirectly(definition, v);
        openStepWith("#field-applicant-abroad-address");
        desk.robot.interact(() -> desk.robot.lookup("#field-applicant-abroad-address").query().requestFocus());
        desk.type("London, 10 Bak");

        // Activity starts the count again: most of the idle time, a key, most of it again — still at work.
        desk.robot.interact(() -> idle.advance(IDLE.minusSeconds(1)));
        desk.key(KeyCode.SHIFT);
        desk.robot.interact(() -> idle.advance(IDLE.minusSeconds(1)));
        assertThat(desk.robot.lookup("#signin").tryQuery().filter(Node::isVisible)).isEmpty();
        Map<String, String> before = wizardOnScreen();
        int caretBefore = caretOf("#field-applicant-abroad-address");

        // The idle time passes: the screen locks (the draft saved first) with the password field ready.
        desk.robot.interact(() -> idle.advance(Duration.ofSeconds(1)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "signin-password".equals(desk.focusedId()));
        desk.shot("ru-idle-locked");
        assertThat(desk.robot.lookup("#signin-intro").queryLabeled().getText()).contains(CLERK_NAME);
        assertThat(desk.robot.lookup("#intake-ticket-input").tryQuery()).as("no application behind the lock")
                .isEmpty();

        // Unlock: the same step, the same values, the cursor where it was.
        desk.type(CLERK_PASSWORD);
        desk.key(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> desk.robot.lookup("#field-applicant-abroad-address")
                .tryQuery().map(Node::isVisible).orElse(false));
        assertThat(wizardOnScreen()).isEqualTo(before);
        assertThat(desk.focusedId()).isEqualTo("field-applicant-abroad-address");
        assertThat(caretOf("#field-applicant-abroad-address")).isEqualTo(caretBefore);
        desk.shot("ru-unlocked");
        desk.type("er Street");
        assertThat(desk.text("#field-applicant-abroad-address")).isEqualTo("London, 10 Baker Street");

        // Accept.
        int documents = desk.stepCount() - 1;
        desk.openStep(documents);
        desk.presentDirectly("id-document-copy", Map.of("validUntil", today.plusYears(5)));
        desk.presentDirectly("education-translation", Map.of());
        desk.presentDirectly("work-activity-copy", Map.of());
        desk.openStep(documents + 1);
        assertThat(desk.focusedId()).isEqualTo("finish-accept");
        desk.key(KeyCode.ENTER);
        desk.waitFor("#finish-result", t -> t.startsWith("Принято"));
        desk.stop();
        desk = null;

        List<AuditLog.Entry> trail = auditTrail().stream().filter(e -> e.id() > setUp).toList();
        List<String> clerkActions = trail.stream().filter(e -> e.clerk().equals(CLERK_NAME))
                .map(AuditLog.Entry::action).filter(a -> List.of(AuditActions.SIGNED_IN, AuditActions.IDLE_LOCKED,
                        AuditActions.LOCKED, AuditActions.UNLOCKED, AuditActions.ACCEPTED).contains(a)).toList();
        assertThat(clerkActions).containsExactly(AuditActions.SIGNED_IN, AuditActions.IDLE_LOCKED,
                AuditActions.UNLOCKED, AuditActions.ACCEPTED);
        assertThat(trail.stream().filter(e -> e.action().equals(AuditActions.SIGNED_IN)
                || e.action().equals(AuditActions.IDLE_LOCKED) || e.action().equals(AuditActions.UNLOCKED)))
                .allSatisfy(e -> assertThat(e.subject()).isEqualTo("clerk"));
    }

    /** The office's audit trail, oldest first, read with the administrator's key; its chain must be intact. */
    private List<AuditLog.Entry> auditTrail() {
        try (Database db = Database.open(DataFolder.at(dataDir, false))) {
            DataKeyKeeper keys = DataKeyKeeper.attach(db);
            assertThat(keys.open("admin", ADMIN_PASSWORD.toCharArray())).isTrue();
            AuditLog audit = new AuditLog(db, Clock.systemUTC());
            assertThat(audit.verify().intact()).as("audit chain").isTrue();
            return audit.find(AuditQuery.ALL, 1000).stream()
                    .sorted((a, b) -> Long.compare(a.id(), b.id())).toList();
        }
    }

    private void openStepWith(String query) {
        for (int step = 1; step <= desk.stepCount(); step++) {
            desk.openStep(step);
            WaitForAsyncUtils.waitForFxEvents();
            if (desk.robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false)) {
                return;
            }
        }
        throw new AssertionError("no step shows " + query);
    }

    private int caretOf(String query) {
        return desk.robot.lookup(query).queryAs(TextInputControl.class).getCaretPosition();
    }

    /** Every field the wizard shows now, by id, with the step buttons' state: what the clerk sees of the draft. */
    private Map<String, String> wizardOnScreen() {
        Map<String, String> shown = new LinkedHashMap<>();
        desk.robot.interact(() -> desk.robot.lookup(n -> n.getId() != null && (n.getId().startsWith("field-")
                || n.getId().startsWith("intake-step-") || n.getId().startsWith("documents-"))).queryAll()
                .forEach(n -> shown.put(n.getId(), valueOf(n))));
        assertThat(shown).containsKey("field-applicant-abroad-address");
        return shown;
    }

    private static String valueOf(Node n) {
        if (n instanceof DatePicker p) {
            return p.getEditor().getText();
        }
        if (n instanceof ComboBox<?> box) {
            return String.valueOf(box.getValue());
        }
        if (n instanceof TextInputControl t) {
            return t.getText();
        }
        if (n instanceof Toggle t) {
            return "selected=" + t.isSelected() + " visible=" + n.isVisible();
        }
        return "visible=" + n.isVisible();
    }
}
