package kz.qabyldau.app.reports;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Who may open which report, checked in the service and not only by hiding a page: the office's reports
 * (any period, every operator's figures) need the administrator role; Today is every operator's.
 *
 * <p>The window builds it with {@link #of(Supplier)} reading the role of the operator signed in at the moment of
 * each check ({@code ui.shell.Workbench}); {@link #wholeOffice()} (everyone an administrator) is for tests and
 * tools without sign-in (docs/reports.md).
 */
public final class ReportAccess {

    private final Supplier<ReportRole> role;

    private ReportAccess(Supplier<ReportRole> role) {
        this.role = role;
    }

    /** The role of whoever is signed in at the moment of each check. */
    public static ReportAccess of(Supplier<ReportRole> currentRole) {
        return new ReportAccess(Objects.requireNonNull(currentRole, "currentRole"));
    }

    /** A workstation without sign-in: its one clerk is the office's administrator. */
    public static ReportAccess wholeOffice() {
        return new ReportAccess(() -> ReportRole.ADMINISTRATOR);
    }

    /** Whether the office's reports may be shown (the navigation asks, the service insists). */
    public boolean mayOpenOfficeReports() {
        return role.get() == ReportRole.ADMINISTRATOR;
    }

    /** @throws ReportAccessDeniedException unless the signed-in person is an administrator */
    void requireAdministrator() {
        if (!mayOpenOfficeReports()) {
            throw new ReportAccessDeniedException();
        }
    }
}
