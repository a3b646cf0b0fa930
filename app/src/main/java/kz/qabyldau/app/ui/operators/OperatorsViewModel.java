package kz.qabyldau.app.ui.operators;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.BiConsumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.store.operators.Operator;
import kz.qabyldau.app.store.operators.OperatorException;
import kz.qabyldau.app.store.operators.Operators;
import kz.qabyldau.app.store.operators.Role;
import kz.qabyldau.app.ui.common.BackgroundTask;
import kz.qabyldau.app.ui.common.DialogService;
import kz.qabyldau.app.ui.common.TaskExecutor;

/**
 * The administrator's Operators page: the office's operators, a new clerk or administrator, a password reset (the
 * operator must choose their own at the next sign-in), block and unblock. Each action checks the signed-in operator
 * here ({@link OperatorSession#requireAdministrator}) and again in the service ({@link Operators}, the same one the
 * {@code operators} command uses), which also records it in the audit trail. Passwords never leave this model but
 * to the service, as a {@code char[]} wiped afterwards.
 */
public final class OperatorsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(OperatorsViewModel.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final OperatorSession session;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final I18n i18n;
    private final ZoneId zone;
    private final ObservableList<Operator> operators = FXCollections.observableArrayList();
    private final ObjectProperty<Operator> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty login = new SimpleStringProperty(this, "login", "");
    private final StringProperty fullName = new SimpleStringProperty(this, "fullName", "");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(this, "role", Role.CLERK);
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty repeat = new SimpleStringProperty(this, "repeat", "");
    private final StringProperty temporary = new SimpleStringProperty(this, "temporary", "");
    private final StringProperty temporaryRepeat = new SimpleStringProperty(this, "temporaryRepeat", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    public OperatorsViewModel(OperatorSession session, TaskExecutor executor, DialogService dialogs, I18n i18n,
                              ZoneId zone) {
        this.session = Objects.requireNonNull(session);
        this.executor = Objects.requireNonNull(executor);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.i18n = Objects.requireNonNull(i18n);
        this.zone = Objects.requireNonNull(zone);
    }

    public ObservableList<Operator> operators() {
        return operators;
    }

    /** The operator the reset, block and unblock act on. */
    public ObjectProperty<Operator> selectedProperty() {
        return selected;
    }

    /** The new operator's login. */
    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    /** The new operator's first password (they choose their own at the first sign-in). */
    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    /** The selected operator's temporary password, for a reset or an unblock. */
    public StringProperty temporaryProperty() {
        return temporary;
    }

    public StringProperty temporaryRepeatProperty() {
        return temporaryRepeat;
    }

    /** What was done, or why not, in the interface language. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The role in the interface language. */
    public String roleName(Role r) {
        return i18n.get(r == Role.ADMINISTRATOR ? "operators.role.administrator" : "operators.role.clerk");
    }

    /** Active, blocked, or waiting for the operator's own password, in the interface language. */
    public String stateOf(Operator o) {
        return i18n.get(!o.active() ? "operators.state.blocked"
                : o.mustChangePassword() ? "operators.state.mustChange" : "operators.state.active");
    }

    /** Who added the operator and when, in the interface language. */
    public String addedOf(Operator o) {
        String day = DAY.format(o.createdAt().atZone(zone));
        return o.createdBy().isEmpty() ? i18n.get("operators.added.first", day)
                : i18n.get("operators.added.by", o.createdBy(), day);
    }

    /**
     * Reads the office's operators in the background.
     *
     * @throws kz.qabyldau.app.store.operators.OperatorAccessDeniedException unless an administrator is signed in
     */
    public void refresh() {
        session.requireAdministrator("list operators");
        Operators service = session.operators();
        BackgroundTask.wrap(service::list)
                .onSuccess(this::show)
                .onFailure(error -> {
                    LOG.warn("The operators could not be read", error);
                    dialogs.showError(i18n.get("operators.title"), i18n.get("operators.error.read"));
                })
                .executeWith(executor);
    }

    /**
     * Adds the operator typed in the form, with the password typed twice (they choose their own at the first
     * sign-in).
     *
     * @throws kz.qabyldau.app.store.operators.OperatorAccessDeniedException unless an administrator is signed in
     */
    public void add() {
        session.requireAdministrator("add an operator");
        Optional<char[]> chosen = twice(password, repeat);
        if (chosen.isEmpty()) {
            return;
        }
        String typedLogin = login.get();
        String name = fullName.get();
        Role chosenRole = role.get();
        run(() -> session.operators().add(typedLogin, name, chosenRole, chosen.get()), added -> {
            login.set("");
            fullName.set("");
            role.set(Role.CLERK);
            message.set(i18n.get("operators.done.added", added.fullName(), roleName(added.role())));
        }, chosen.get());
    }

    /**
     * Sets the temporary password typed twice for the selected operator: they must choose their own at the next
     * sign-in.
     *
     * @throws kz.qabyldau.app.store.operators.OperatorAccessDeniedException unless an administrator is signed in
     */
    public void resetPassword() {
        session.requireAdministrator("reset a password");
        withTemporaryPassword((login, password) -> session.operators().resetPassword(login, password),
                "operators.done.reset");
    }

    /**
     * Blocks the selected operator after the administrator confirms: their password opens nothing any more.
     *
     * @throws kz.qabyldau.app.store.operators.OperatorAccessDeniedException unless an administrator is signed in
     */
    public void block() {
        session.requireAdministrator("block an operator");
        Operator target = requireSelected();
        if (target == null) {
            return;
        }
        if (!dialogs.confirm(i18n.get("operators.block.title"), i18n.get("operators.block.text", target.fullName()),
                i18n.get("operators.block.yes"), i18n.get("operators.block.no"))) {
            return;
        }
        run(() -> {
            session.operators().block(target.login());
            return target;
        }, done -> message.set(i18n.get("operators.done.blocked", done.fullName())), new char[0]);
    }

    /**
     * Unblocks the selected operator with the temporary password typed twice (blocking removed their old one).
     *
     * @throws kz.qabyldau.app.store.operators.OperatorAccessDeniedException unless an administrator is signed in
     */
    public void unblock() {
        session.requireAdministrator("unblock an operator");
        withTemporaryPassword((login, password) -> session.operators().unblock(login, password),
                "operators.done.unblocked");
    }

    /** Gives the selected operator the temporary password typed twice through {@code change}, off the FX thread. */
    private void withTemporaryPassword(BiConsumer<String, char[]> change, String doneKey) {
        Operator target = requireSelected();
        if (target == null) {
            return;
        }
        Optional<char[]> chosen = twice(temporary, temporaryRepeat);
        if (chosen.isEmpty()) {
            return;
        }
        run(() -> {
            change.accept(target.login(), chosen.get());
            return target;
        }, done -> message.set(i18n.get(doneKey, done.fullName())), chosen.get());
    }

    private Operator requireSelected() {
        Operator target = selected.get();
        if (target == null) {
            message.set(i18n.get("operators.error.noneSelected"));
        }
        return target;
    }

    private Optional<char[]> twice(StringProperty typed, StringProperty again) {
        if (!typed.get().equals(again.get())) {
            message.set(i18n.get("signin.error.mismatch"));
            again.set("");
            return Optional.empty();
        }
        return Optional.of(typed.get().toCharArray());
    }

    /** The service's work in the background, then the list read again; a refusal told in the clerk's language. */
    private <T> void run(Callable<T> work, Consumer<T> then, char[] toWipe) {
        busy.set(true);
        message.set("");
        Operators service = session.operators();
        BackgroundTask.wrap(() -> {
            T result = work.call();
            return new Done<>(result, service.list());
        })
                .onSuccess(done -> {
                    Arrays.fill(toWipe, '\0');
                    busy.set(false);
                    password.set("");
                    repeat.set("");
                    temporary.set("");
                    temporaryRepeat.set("");
                    show(done.operators());
                    then.accept(done.result());
                })
                .onFailure(error -> {
                    Arrays.fill(toWipe, '\0');
                    busy.set(false);
                    if (error instanceof OperatorException refused) {
                        message.set(i18n.get(refused.messageKey(), service.policy().minimumPasswordLength()));
                    } else {
                        LOG.error("An operator change failed", error);
                        message.set(i18n.get("operators.error.failed"));
                    }
                })
                .executeWith(executor);
    }

    private record Done<T>(T result, List<Operator> operators) {
    }

    private void show(List<Operator> list) {
        String chosen = selected.get() == null ? null : selected.get().login();
        operators.setAll(list);
        selected.set(list.stream().filter(o -> o.login().equals(chosen)).findFirst().orElse(null));
    }
}
