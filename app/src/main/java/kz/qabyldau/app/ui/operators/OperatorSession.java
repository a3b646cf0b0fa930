package kz.qabyldau.app.ui.operators;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import kz.qabyldau.app.store.operators.Operator;
import kz.qabyldau.app.store.operators.OperatorAccessDeniedException;
import kz.qabyldau.app.store.operators.Operators;
import kz.qabyldau.app.store.operators.Role;

/**
 * Who works at the window. In a real office an operator of the office database, signed in with a
 * password; in training the built-in trainee (no password, no operators in the training database),
 * who may do everything so that a newcomer can also try Settings. The window, the pages and their
 * view models ask it; changes come from the sign-in screen, on the FX thread.
 */
public final class OperatorSession {

    /** The screen locks after this much idle time unless the office sets another. */
    public static final Duration DEFAULT_IDLE_LOCK = Duration.ofMinutes(10);

    private static final Operator TRAINEE = new Operator("trainee", "", Role.ADMINISTRATOR, true, false, "",
            Instant.EPOCH);

    private final Operators operators;
    private final boolean firstAdministratorNeeded;
    private final Duration idleLock;
    private final ReadOnlyObjectWrapper<Operator> current = new ReadOnlyObjectWrapper<>(this, "current");

    private OperatorSession(Operators operators, boolean firstAdministratorNeeded, Duration idleLock) {
        this.operators = operators;
        this.firstAdministratorNeeded = firstAdministratorNeeded;
        this.idleLock = Objects.requireNonNull(idleLock, "idleLock");
        if (operators == null) {
            current.set(TRAINEE);
        }
    }

    /** Training: the built-in trainee, signed in from the start. */
    public static OperatorSession trainee() {
        return new OperatorSession(null, false, DEFAULT_IDLE_LOCK);
    }

    /**
     * A real office: nobody signed in until the sign-in screen says so.
     *
     * @param firstAdministratorNeeded the office has no operator yet (read off the FX thread at start)
     */
    public static OperatorSession office(Operators operators, boolean firstAdministratorNeeded, Duration idleLock) {
        return new OperatorSession(Objects.requireNonNull(operators, "operators"), firstAdministratorNeeded, idleLock);
    }

    public boolean training() {
        return operators == null;
    }

    /** The office's operators (sign-in, administration). */
    public Operators operators() {
        if (operators == null) {
            throw new IllegalStateException("training has no operators");
        }
        return operators;
    }

    public boolean firstAdministratorNeeded() {
        return firstAdministratorNeeded;
    }

    public Duration idleLock() {
        return idleLock;
    }

    public Optional<Operator> current() {
        return Optional.ofNullable(current.get());
    }

    public ReadOnlyObjectProperty<Operator> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The name a record or a form gives the clerk: the operator's full name ({@code ""} for the trainee). */
    public String clerkName() {
        return current().map(Operator::fullName).orElse("");
    }

    public boolean isAdministrator() {
        return current().map(Operator::isAdministrator).orElse(false);
    }

    /**
     * Checked where an administrator's page or action is built, whatever the navigation shows.
     *
     * @throws OperatorAccessDeniedException for a clerk or nobody
     */
    public void requireAdministrator(String action) {
        if (!isAdministrator()) {
            throw new OperatorAccessDeniedException(action);
        }
    }

    /** Called by the sign-in screen on the FX thread once the service has signed someone in. */
    void signedIn(Operator operator) {
        if (training()) {
            throw new IllegalStateException("the trainee needs no sign-in");
        }
        current.set(Objects.requireNonNull(operator));
    }
}
