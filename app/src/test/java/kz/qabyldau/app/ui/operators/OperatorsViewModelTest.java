package kz.qabyldau.app.ui.operators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.i18n.Language;
import kz.qabyldau.app.store.AuditActions;
import kz.qabyldau.app.store.AuditLog;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.keys.OperatorKeys;
import kz.qabyldau.app.store.operators.Operator;
import kz.qabyldau.app.store.operators.OperatorAccessDeniedException;
import kz.qabyldau.app.store.operators.Operators;
import kz.qabyldau.app.store.operators.Role;
import kz.qabyldau.app.store.operators.SignInPolicy;
import kz.qabyldau.app.store.operators.SignInResult;
import kz.qabyldau.app.ui.common.RecordingDialogs;
import kz.qabyldau.app.ui.common.TaskExecutor;

/**
 * The Operators page's view model on a real office database, through the same service the {@code operators} command
 * uses: an administrator adds, resets, blocks and unblocks, each recorded with their name; a clerk's call is refused
 * by the model and by the service, and changes nothing.
 */
class OperatorsViewModelTest {

    private static final String ADMIN_PASSWORD = "admin-secret-1";

    @TempDir
    Path temp;

    private Database db;
    private Operators operators;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final I18n i18n = new I18n(Language.RU);

    @BeforeEach
    void open() {
        db = Database.open(DataFolder.at(temp.resolve("data"), false));
        operators = Operators.of(db, OperatorKeys.NONE, Clock.systemUTC(), SignInPolicy.OFFICE);
        operators.createFirstAdministrator("admin", "Айгерім Сәрсенова", ADMIN_PASSWORD.toCharArray());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private OperatorsViewModel page() {
        OperatorSession session = OperatorSession.office(operators, false, OperatorSession.DEFAULT_IDLE_LOCK);
        session.signedIn(operators.current().orElseThrow());
        return new OperatorsViewModel(session, TaskExecutor.callingThread(), dialogs, i18n, ZoneId.of("Asia/Almaty"));
    }

    private Operator stored(String login) {
        return Operators.listStored(db).stream().filter(o -> o.login().equals(login)).findFirst().orElseThrow();
    }

    private List<String> actionsAfter(long id) {
        return new AuditLog(db, Clock.systemUTC()).latest(100).stream().filter(e -> e.id() > id)
                .sorted(Comparator.comparingLong(AuditLog.Entry::id))
                .map(e -> e.clerk() + " " + e.action() + " " + e.subject()).toList();
    }

    private long lastEntry() {
        return new AuditLog(db, Clock.systemUTC()).latest(1).get(0).id();
    }

    @Test
    void anAdministratorAddsResetsBlocksAndUnblocksAndEachChangeIsAudited() {
        OperatorsViewModel model = page();
        model.refresh();
        assertThat(model.operators()).extracting(Operator::login).containsExactly("admin");
        assertThat(model.addedOf(model.operators().get(0))).endsWith("первый администратор отделения");
        long before = lastEntry();

        model.loginProperty().set("nurlan");
        model.fullNameProperty().set("Нұрлан Исаев");
        model.roleProperty().set(Role.CLERK);
        model.passwordProperty().set("first-pass-1");
        model.repeatProperty().set("first-pass-1");
        model.add();
        assertThat(model.messageProperty().get()).isEqualTo("Добавлен оператор: Нұрлан Исаев (Сотрудник).");
        assertThat(model.operators()).extracting(Operator::login).containsExactlyInAnyOrder("admin", "nurlan");
        assertThat(model.passwordProperty().get()).isEmpty();
        assertThat(model.stateOf(stored("nurlan"))).isEqualTo("Активен, должен сменить пароль");
        assertThat(model.addedOf(stored("nurlan"))).contains("добавил(а) admin");

        model.selectedProperty().set(stored("nurlan"));
        model.temporaryProperty().set("temporary-2");
        model.temporaryRepeatProperty().set("temporary-2");
        model.resetPassword();
        assertThat(model.messageProperty().get()).startsWith("Пароль сброшен: Нұрлан Исаев");
        assertThat(stored("nurlan").mustChangePassword()).isTrue();
        assertThat(operators.signIn("nurlan", "first-pass-1".toCharArray()).outcome())
                .isEqualTo(SignInResult.Outcome.WRONG);
        operators.signIn("admin", ADMIN_PASSWORD.toCharArray());

        dialogs.answerConfirmations(true);
        model.block();
        assertThat(stored("nurlan").active()).isFalse();
        assertThat(model.selectedProperty().get().active()).as("the selection follows the list").isFalse();
        assertThat(model.stateOf(model.selectedProperty().get())).isEqualTo("Заблокирован");

        model.temporaryProperty().set("temporary-3");
        model.temporaryRepeatProperty().set("temporary-3");
        model.unblock();
        assertThat(stored("nurlan").active()).isTrue();
        assertThat(stored("nurlan").mustChangePassword()).isTrue();
        assertThat(operators.signIn("nurlan", "temporary-3".toCharArray()).outcome())
                .isEqualTo(SignInResult.Outcome.MUST_CHANGE_PASSWORD);

        assertThat(actionsAfter(before)).startsWith(
                "Айгерім Сәрсенова " + AuditActions.OPERATOR_ADDED + " nurlan",
                "Айгерім Сәрсенова " + AuditActions.PASSWORD_RESET + " nurlan");
        assertThat(actionsAfter(before)).contains(
                "Айгерім Сәрсенова " + AuditActions.OPERATOR_BLOCKED + " nurlan",
                "Айгерім Сәрсенова " + AuditActions.OPERATOR_UNBLOCKED + " nurlan");
    }

    @Test
    void refusalsAreToldInTheClerksLanguageAndChangeNothing() {
        OperatorsViewModel model = page();
        model.refresh();
        model.loginProperty().set("aigul");
        model.fullNameProperty().set("Айгүл Сейітова");
        model.passwordProperty().set("short");
        model.repeatProperty().set("short");
        model.add();
        assertThat(model.messageProperty().get()).isEqualTo("Пароль должен содержать не менее 10 символов.");

        model.passwordProperty().set("long-enough-1");
        model.repeatProperty().set("long-enough-2");
        model.add();
        assertThat(model.messageProperty().get()).isEqualTo("Пароли не совпадают.");

        model.resetPassword();
        assertThat(model.messageProperty().get()).isEqualTo("Сначала выберите оператора в таблице.");

        model.selectedProperty().set(stored("admin"));
        dialogs.answerConfirmations(true);
        model.block();
        assertThat(model.messageProperty().get())
                .isEqualTo("Нельзя заблокировать последнего активного администратора.");
        assertThat(Operators.listStored(db)).extracting(Operator::login).containsExactly("admin");
        assertThat(stored("admin").active()).isTrue();
    }

    @Test
    void aClerksCallIsRefusedByTheModelAndByTheServiceAndChangesNothing() {
        OperatorsViewModel admin = page();
        admin.loginProperty().set("nurlan");
        admin.fullNameProperty().set("Нұрлан Исаев");
        admin.passwordProperty().set("first-pass-1");
        admin.repeatProperty().set("first-pass-1");
        admin.add();
        operators.signIn("nurlan", "first-pass-1".toCharArray());
        operators.changePassword("first-pass-1".toCharArray(), "clerk-pass-22".toCharArray());
        OperatorsViewModel clerk = page();
        long before = lastEntry();

        clerk.loginProperty().set("intruder");
        clerk.fullNameProperty().set("Кто-то");
        clerk.passwordProperty().set("intruder-pass-1");
        clerk.repeatProperty().set("intruder-pass-1");
        clerk.selectedProperty().set(stored("admin"));
        clerk.temporaryProperty().set("taken-over-1");
        clerk.temporaryRepeatProperty().set("taken-over-1");
        dialogs.answerConfirmations(true);
        assertThatThrownBy(clerk::refresh).isInstanceOf(OperatorAccessDeniedException.class);
        assertThatThrownBy(clerk::add).isInstanceOf(OperatorAccessDeniedException.class);
        assertThatThrownBy(clerk::resetPassword).isInstanceOf(OperatorAccessDeniedException.class);
        assertThatThrownBy(clerk::block).isInstanceOf(OperatorAccessDeniedException.class);
        assertThatThrownBy(clerk::unblock).isInstanceOf(OperatorAccessDeniedException.class);
        // Below the screen, the service refuses the same clerk whatever a page would let through.
        assertThatThrownBy(() -> operators.resetPassword("admin", "taken-over-1".toCharArray()))
                .isInstanceOf(OperatorAccessDeniedException.class);
        assertThatThrownBy(operators::list).isInstanceOf(OperatorAccessDeniedException.class);

        assertThat(clerk.operators()).isEmpty();
        assertThat(Operators.listStored(db)).extracting(Operator::login).containsExactlyInAnyOrder("admin", "nurlan");
        assertThat(stored("admin").mustChangePassword()).isFalse();
        assertThat(actionsAfter(before)).isEmpty();
    }
}
