package kz.qabyldau.app.ui.operators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.i18n.Language;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.Vault;
import kz.qabyldau.app.store.crypto.DataKeyKeeper;
import kz.qabyldau.app.store.keys.OperatorKeys;
import kz.qabyldau.app.store.operators.Operator;
import kz.qabyldau.app.store.operators.OperatorAccessDeniedException;
import kz.qabyldau.app.store.operators.Operators;
import kz.qabyldau.app.store.operators.Role;
import kz.qabyldau.app.store.operators.SignInPolicy;
import kz.qabyldau.app.ui.common.TaskExecutor;
import kz.qabyldau.app.ui.operators.SignInViewModel.Mode;

/** The sign-in screen's behaviour on a real operators' service (Argon2 on the calling thread). */
class SignInViewModelTest {

    @TempDir
    Path temp;

    private Database db;
    private final I18n i18n = new I18n(Language.RU);
    private final List<Operator> signedIn = new ArrayList<>();

    @BeforeEach
    void open() {
        db = Database.open(DataFolder.at(temp.resolve("data"), false));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private OperatorSession office(OperatorKeys keys) {
        Operators operators = Operators.of(db, keys, Clock.systemUTC(), SignInPolicy.OFFICE);
        return OperatorSession.office(operators, operators.needsFirstAdministrator(),
                OperatorSession.DEFAULT_IDLE_LOCK);
    }

    private SignInViewModel screen(OperatorSession session) {
        return new SignInViewModel(session, TaskExecutor.callingThread(), i18n, signedIn::add);
    }

    private static void type(SignInViewModel model, String login, String password) {
        model.loginProperty().set(login);
        model.passwordProperty().set(password);
    }

    /** An office with an administrator (signed out) and a clerk with a temporary password. */
    private OperatorSession officeWithClerk() {
        OperatorSession session = office(OperatorKeys.NONE);
        Operators operators = session.operators();
        operators.createFirstAdministrator("admin", "Айгерім Сәрсенова", "admin-secret-1".toCharArray());
        operators.add("clerk", "Нұрлан Исаев", Role.CLERK, "clerk-temp-01".toCharArray());
        operators.signOut();
        return office(OperatorKeys.NONE);
    }

    @Test
    void theFirstStartCreatesTheAdministratorShowsTheRecoveryCodeOnceThenOpensTheWork() {
        OperatorSession session = office(DataKeyKeeper.attach(db));
        SignInViewModel model = screen(session);
        assertThat(model.modeProperty().get()).isEqualTo(Mode.FIRST_ADMINISTRATOR);
        assertThat(model.titleProperty().get()).isEqualTo("Первый запуск отделения");
        model.loginProperty().set("admin");
        model.fullNameProperty().set("Айгерім Сәрсенова");
        model.passwordProperty().set("admin-secret-1");
        model.repeatProperty().set("admin-secret-2");
        model.submit();
        assertThat(model.messageProperty().get()).isEqualTo("Пароли не совпадают.");
        assertThat(session.current()).isEmpty();

        model.passwordProperty().set("admin-secret-1");
        model.repeatProperty().set("admin-secret-1");
        model.submit();

        assertThat(model.modeProperty().get()).isEqualTo(Mode.RECOVERY_CODE);
        assertThat(model.recoveryCodeProperty().get()).matches("([0-9A-Z]{5}-){4}[0-9A-Z]{5}");
        assertThat(db.vault().state()).isEqualTo(Vault.State.OPEN);
        assertThat(signedIn).as("no work before the code is acknowledged").isEmpty();
        String code = model.recoveryCodeProperty().get();
        model.submit();
        assertThat(model.messageProperty().get()).as("an Enter too many")
                .isEqualTo("Сначала отметьте, что код записан.");
        assertThat(model.modeProperty().get()).isEqualTo(Mode.RECOVERY_CODE);
        assertThat(model.recoveryCodeProperty().get()).isEqualTo(code);
        assertThat(signedIn).isEmpty();

        model.recoveryCodeKeptProperty().set(true);
        model.submit();
        assertThat(model.recoveryCodeProperty().get()).as("shown once").isEmpty();
        assertThat(model.recoveryCodeKeptProperty().get()).isFalse();
        assertThat(signedIn).extracting(Operator::login).containsExactly("admin");
        assertThat(session.clerkName()).isEqualTo("Айгерім Сәрсенова");
    }

    @Test
    void aWrongPasswordSaysSoWithoutNamingTheLoginAndFiveLockIt() {
        OperatorSession session = officeWithClerk();
        SignInViewModel model = screen(session);
        assertThat(model.modeProperty().get()).isEqualTo(Mode.SIGN_IN);
        type(model, "nobody", "clerk-temp-01");
        model.submit();
        String unknown = model.messageProperty().get();
        type(model, "clerk", "wrong-password");
        model.submit();
        assertThat(model.messageProperty().get()).isEqualTo(unknown).isEqualTo("Неверный логин или пароль.");
        assertThat(model.passwordProperty().get()).isEmpty();
        for (int i = 0; i < 4; i++) {
            type(model, "clerk", "wrong-password");
            model.submit();
        }
        assertThat(model.messageProperty().get()).startsWith("Слишком много неудачных попыток. Повторите после ");
        type(model, "clerk", "clerk-temp-01");
        model.submit();
        assertThat(model.messageProperty().get()).startsWith("Слишком много неудачных попыток.");
        assertThat(signedIn).isEmpty();
        assertThat(session.current()).isEmpty();
    }

    @Test
    void aResetPasswordIsChangedBeforeAnyWork() {
        OperatorSession session = officeWithClerk();
        SignInViewModel model = screen(session);
        type(model, "clerk", "clerk-temp-01");
        model.submit();
        assertThat(model.modeProperty().get()).isEqualTo(Mode.CHANGE_PASSWORD);
        assertThat(signedIn).isEmpty();
        model.passwordProperty().set("short");
        model.repeatProperty().set("short");
        model.submit();
        assertThat(model.messageProperty().get()).isEqualTo("Пароль должен содержать не менее 10 символов.");
        model.passwordProperty().set("clerk-secret-2");
        model.repeatProperty().set("clerk-secret-2");
        model.submit();
        assertThat(signedIn).extracting(Operator::login).containsExactly("clerk");
        assertThat(signedIn.get(0).mustChangePassword()).isFalse();
    }

    @Test
    void theLockedScreenLetsTheSameOperatorBackOrAnotherSignIn() {
        OperatorSession session = officeWithClerk();
        SignInViewModel model = screen(session);
        type(model, "admin", "admin-secret-1");
        model.submit();
        Operator admin = signedIn.get(0);

        model.lock(admin);
        assertThat(model.modeProperty().get()).isEqualTo(Mode.LOCKED);
        assertThat(model.titleProperty().get()).isEqualTo("Рабочее место заблокировано");
        assertThat(model.loginProperty().get()).isEqualTo("admin");
        assertThat(model.passwordProperty().get()).isEmpty();
        type(model, "admin", "not-my-password");
        model.submit();
        assertThat(signedIn).hasSize(1);
        assertThat(session.current()).contains(admin);

        type(model, "clerk", "clerk-temp-01");
        model.submit();
        model.passwordProperty().set("clerk-secret-2");
        model.repeatProperty().set("clerk-secret-2");
        model.submit();
        assertThat(signedIn).extracting(Operator::login).containsExactly("admin", "clerk");
        assertThat(session.isAdministrator()).isFalse();
        assertThatThrownBy(() -> session.requireAdministrator("open Settings"))
                .isInstanceOf(OperatorAccessDeniedException.class);
        assertThatThrownBy(() -> session.operators().add("x1", "X", Role.CLERK, "xxxxxxxxxxxx".toCharArray()))
                .isInstanceOf(OperatorAccessDeniedException.class);
    }

    @Test
    void theTraineeNeedsNoPasswordAndHasNoOperators() {
        OperatorSession trainee = OperatorSession.trainee();
        assertThat(trainee.training()).isTrue();
        assertThat(trainee.current()).isPresent();
        assertThat(trainee.isAdministrator()).as("a newcomer may try Settings too").isTrue();
        assertThatThrownBy(trainee::operators).isInstanceOf(IllegalStateException.class);
    }
}
