package kz.qabyldau.app.reports;

import java.util.Objects;
import java.util.Optional;

/**
 * Whose work a report counts: the whole office (every operator of this database), or one operator at one
 * workstation (Today).
 *
 * @param workstationId the workstation, or empty for every one
 * @param operator      the operator (the name applications are finished under), or empty for every one
 */
public record ReportScope(Optional<String> workstationId, Optional<String> operator) {

    public ReportScope {
        Objects.requireNonNull(workstationId, "workstationId");
        Objects.requireNonNull(operator, "operator");
    }

    /** Every operator and workstation whose applications are in this database. */
    public static ReportScope wholeOffice() {
        return new ReportScope(Optional.empty(), Optional.empty());
    }

    /** One operator's work at one workstation. */
    public static ReportScope operatorAt(String workstationId, String operator) {
        return new ReportScope(Optional.of(workstationId), Optional.of(operator));
    }

    public boolean isWholeOffice() {
        return workstationId.isEmpty() && operator.isEmpty();
    }
}
