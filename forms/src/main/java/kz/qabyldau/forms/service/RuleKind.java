package kz.qabyldau.forms.service;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;

/**
 * The kinds of rule a definition can apply. The code knows how to judge each kind; the definition says which
 * kinds apply to a service and with which numbers, so an amendment of a term or a window is a data change.
 */
public enum RuleKind {
    /** A date {@code name} = registration day + {@code workingDays} working days (p.7; 0 = the same day, p.27). */
    DECISION_DUE("decisionDue"),
    /** The requested permit period {@code permitFrom}/{@code permitTo} (p.19). */
    PERMIT_PERIOD("permitPeriod"),
    /** The requested term in months must lie within {@code min}..{@code max} (p.19). */
    TERM_MONTHS("termMonths"),
    /** Months granted so far plus the requested term must not exceed {@code max} (p.19). */
    TOTAL_MONTHS("totalMonths"),
    /** An extension is filed {@code earliestDays}..{@code latestDays} calendar days before expiry (p.24–25). */
    EXTENSION_WINDOW("extensionWindow"),
    /** After {@code afterTotalMonths} months, a new permit is asked for within {@code days} before expiry (p.26). */
    NEW_PERMIT_WINDOW("newPermitWindow"),
    /** The citizenship must allow a permit; EAEU citizens need none (ground 4). */
    CITIZENSHIP("citizenship"),
    /** The income-tax prepayment equals months × rate × MCI (ground 7). */
    PREPAYMENT_AMOUNT("prepaymentAmount"),
    /** The boolean {@code field} must be true: consent to personal data (ground 9). */
    CONSENT("consent"),
    /** Filing no later than {@code workingDays} working days after the date in {@code field} (p.28, p.22, p.22-1). */
    DEADLINE_AFTER("deadlineAfter"),
    /**
     * The birth date (and sex) an IIN encodes must match the birth date (or year, and sex) typed for the same
     * person: a contradiction makes the data unreliable (permit App. 2, ground 1).
     */
    IDENTITY_MATCHES("identityMatches"),
    /**
     * The document a service continues (the date in {@code field}: the end of the permit or certificate) must still
     * be in force on the registration day: a duplicate or re-issue of what has ended (seed 003 p.23) warns.
     */
    STILL_IN_FORCE("stillInForce"),
    /** Validity of a qualification certificate: {@code months}, or up to {@code upToField} but ≤ {@code maxYears}. */
    CERTIFICATE_VALIDITY("certificateValidity");

    private final String code;

    RuleKind(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static RuleKind ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown rule '" + code + "'"));
    }
}
