package kz.qabyldau.app.ui.operators;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.store.operators.Operator;
import kz.qabyldau.app.store.operators.OperatorException;
import kz.qabyldau.app.store.operators.SignInResult;
import kz.qabyldau.app.ui.common.BackgroundTask;
import kz.qabyldau.app.ui.common.TaskExecutor;
import java.util.concurrent.Callable;

/**
 * The screen in front of a real office's work: the first administrator at the office's first start
 * (then the recovery code, once), the sign-in, a new password after a reset, and the locked screen,
 * where the same operator unlocks or another one signs in. Argon2 runs on the worker thread; the
 * screen says "checking" meanwhile and takes no second click.
 */
public final class SignInViewModel {

    /** What the screen asks for. */
    public enum Mode { FIRST_ADMINISTRATOR, RECOVERY_CODE, SIGN_IN, LOCKED, CHANGE_PASSWORD }

    private static final Logger LOG = LoggerFactory.getLogger(SignInViewModel.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    private final OperatorSession session;
    private final TaskExecutor executor;
    private final I18n i18n;
    private final Consumer<Operator> onSignedIn;

    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(this, "mode");
    private final StringProperty login = new SimpleStringProperty(this, "login", "");
    private final StringProperty fullName = new SimpleStringProperty(this, "fullName", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty repeat = new SimpleStringProperty(this, "repeat", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper recoveryCode = new ReadOnlyStringWrapper(this, "recoveryCode", "");
    /** The administrator's tick that the recovery code is written down: the only way past that screen. */
    private final BooleanProperty recoveryCodeKept = new SimpleBooleanProperty(this, "recoveryCodeKept");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper lockedBy = new ReadOnlyStringWrapper(this, "lockedBy", "");
    private final StringBinding title;
    /** The password typed at a sign-in that must be changed: the service needs it to re-wrap the key. */
    private char[] temporaryPassword;
    private Operator pending;

    /** @param onSignedIn called on the FX thread when someone may work: signed in, set up, or with a new password */
    public SignInViewModel(OperatorSession session, TaskExecutor executor, I18n i18n, Consumer<Operator> onSignedIn) {
        this.session = Objects.requireNonNull(session);
        this.executor = Objects.requireNonNull(executor);
        this.i18n = Objects.requireNonNull(i18n);
        this.onSignedIn = Objects.requireNonNull(onSignedIn);
        mode.set(session.firstAdministratorNeeded() ? Mode.FIRST_ADMINISTRATOR : Mode.SIGN_IN);
        title = Bindings.createStringBinding(() -> i18n.get(switch (mode.get()) {
            case FIRST_ADMINISTRATOR -> "signin.title.first";
            case RECOVERY_CODE -> "signin.title.recoveryCode";
            case SIGN_IN -> "signin.title.signIn";
            case LOCKED -> "signin.title.locked";
            case CHANGE_PASSWORD -> "signin.title.changePassword";
        }), mode, i18n.languageProperty());
    }

    /** The screen was locked while {@code operator} worked: they (or another operator) sign in to go on. */
    public void lock(Operator operator) {
        clear();
        message.set("");
        lockedBy.set(operator.fullName());
        login.set(operator.login());
        mode.set(Mode.LOCKED);
    }

    /** The button: what it does depends on the mode. */
    public void submit() {
        if (busy.get()) {
            return;
        }
        message.set("");
        switch (mode.get()) {
            case FIRST_ADMINISTRATOR -> createFirstAdministrator();
            case SIGN_IN, LOCKED -> signIn();
            case CHANGE_PASSWORD -> changePassword();
            case RECOVERY_CODE -> {
                if (!recoveryCodeKept.get()) {
                    // An Enter pressed once too often after the set-up must not take the code away unread.
                    message.set(i18n.get("signin.recovery.confirmFirst"));
                    return;
                }
                // The code is shown once: gone from the screen once the administrator says it is written down.
                recoveryCode.set("");
                recoveryCodeKept.set(false);
                done(pending);
            }
        }
    }

    private void createFirstAdministrator() {
        Optional<char[]> chosen = twice();
        if (chosen.isEmpty()) {
            return;
        }
        String typedLogin = login.get();
        String name = fullName.get();
        run(() -> session.operators().createFirstAdministrator(typedLogin, name, chosen.get()), code -> {
            pending = session.operators().current().orElseThrow();
            session.signedIn(pending);
            clear();
            if (code.isPresent()) {
                recoveryCode.set(new String(code.get()));
                Arrays.fill(code.get(), '\0');
                mode.set(Mode.RECOVERY_CODE);
            } else {
                done(pending);
            }
        }, chosen.get());
    }

    private void signIn() {
        char[] typed = password.get().toCharArray();
        String typedLogin = login.get();
        char[] kept = Arrays.copyOf(typed, typed.length);
        run(() -> session.operators().signIn(typedLogin, typed), result -> {
            switch (result.outcome()) {
                case SIGNED_IN -> {
                    Arrays.fill(kept, '\0');
                    session.signedIn(result.operator().orElseThrow());
                    clear();
                    done(result.operator().get());
                }
                case MUST_CHANGE_PASSWORD -> {
                    session.signedIn(result.operator().orElseThrow());
                    pending = result.operator().get();
                    temporaryPassword = kept;
                    clear();
                    mode.set(Mode.CHANGE_PASSWORD);
                }
                default -> {
                    Arrays.fill(kept, '\0');
                    password.set("");
                    message.set(refusal(result));
                }
            }
        }, typed);
    }

    private void changePassword() {
        Optional<char[]> chosen = twice();
        if (chosen.isEmpty()) {
            return;
        }
        char[] old = temporaryPassword;
        run(() -> session.operators().changePassword(old, chosen.get()), changed -> {
            Arrays.fill(old, '\0');
            temporaryPassword = null;
            session.signedIn(changed);
            clear();
            done(changed);
        }, chosen.get());
    }

    private String refusal(SignInResult result) {
        return switch (result.outcome()) {
            case LOCKED -> i18n.get("signin.error.locked", result.lockedUntil().map(TIME::format).orElse(""));
            case BLOCKED -> i18n.get("signin.error.blocked");
            case KEY_NOT_OPENED -> i18n.get("signin.error.keyNotOpened");
            default -> i18n.get("signin.error.wrong");
        };
    }

    private Optional<char[]> twice() {
        if (!password.get().equals(repeat.get())) {
            message.set(i18n.get("signin.error.mismatch"));
            repeat.set("");
            return Optional.empty();
        }
        return Optional.of(password.get().toCharArray());
    }

    private <T> void run(Callable<T> work, Consumer<T> then, char[] toWipe) {
        busy.set(true);
        message.set(i18n.get("signin.checking"));
        BackgroundTask.wrap(work)
                .onSuccess(result -> {
                    Arrays.fill(toWipe, '\0');
                    busy.set(false);
                    message.set("");
                    then.accept(result);
                })
                .onFailure(error -> {
                    Arrays.fill(toWipe, '\0');
                    busy.set(false);
                    if (error instanceof OperatorException refused) {
                        message.set(i18n.get(refused.messageKey(),
                                session.operators().policy().minimumPasswordLength()));
                    } else {
                        LOG.error("Sign-in failed", error);
                        message.set(i18n.get("signin.error.failed"));
                    }
                })
                .executeWith(executor);
    }

    private void done(Operator operator) {
        pending = null;
        lockedBy.set("");
        mode.set(Mode.SIGN_IN);
        onSignedIn.accept(operator);
    }

    private void clear() {
        password.set("");
        repeat.set("");
        fullName.set("");
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public StringBinding titleProperty() {
        return title;
    }

    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty recoveryCodeProperty() {
        return recoveryCode.getReadOnlyProperty();
    }

    /** Ticked by the administrator: the recovery code is written down and will be kept in the office's safe. */
    public BooleanProperty recoveryCodeKeptProperty() {
        return recoveryCodeKept;
    }

    public ReadOnlyStringProperty lockedByProperty() {
        return lockedBy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
