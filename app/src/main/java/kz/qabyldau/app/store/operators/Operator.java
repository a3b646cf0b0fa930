package kz.qabyldau.app.store.operators;

import java.time.Instant;
import java.util.Objects;

/**
 * One operator as the rest of the workstation sees it: never the password hash.
 *
 * @param login              how they sign in (lower case)
 * @param fullName           shown in the header and printed where a clerk's name belongs (App. 4)
 * @param role               what they may do
 * @param active             false when an administrator blocked them
 * @param mustChangePassword true after a reset: the next sign-in asks for a new password
 * @param createdBy          the administrator who added them ({@code ""} for the office's first)
 * @param createdAt          when
 */
public record Operator(String login, String fullName, Role role, boolean active, boolean mustChangePassword,
        String createdBy, Instant createdAt) {

    public Operator {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean isAdministrator() {
        return role == Role.ADMINISTRATOR;
    }
}
