package kz.qabyldau.app.ui.intake;

/** Style classes of the intake pages; their rules live in {@code /qabyldau/theme/intake.css}. */
final class IntakeStyles {

    static final String PICKER = "q-intake-picker";
    static final String PICKER_PAGE = "q-intake-picker-page";
    static final String SERVICE_LIST = "q-service-list";
    static final String WIZARD = "q-wizard";
    static final String STEPS = "q-wizard-steps";
    static final String STEP = "q-wizard-step";
    static final String STEP_NUMBER = "q-wizard-step-number";
    static final String STEP_ERRORS = "q-wizard-step-errors";
    static final String STEP_TITLE = "q-wizard-step-title";
    static final String SESSION_BAR = "q-session-bar";
    static final String CHIP = "q-session-chip";
    static final String VERDICT = "q-verdict";
    static final String VERDICT_TITLE = "q-verdict-title";
    static final String VERDICT_OUTCOME = "q-verdict-outcome";
    static final String VERDICT_HEADING = "q-verdict-heading";
    static final String VERDICT_LINE = "q-verdict-line";
    static final String VERDICT_DATE = "q-verdict-date";
    static final String MRZ = "q-mrz";
    static final String MRZ_INPUT = "q-mrz-input";
    static final String MRZ_MESSAGE = "q-mrz-message";
    static final String LOOKUP = "q-lookup";
    static final String KEYS_HINT = "q-keys-hint";

    /** Pseudo-classes. */
    static final String OVER_STANDARD = "over";
    static final String FAILED = "failed";
    static final String ACCEPT = "accept";
    static final String REFUSE = "refuse";
    static final String CORRECT = "correct";
    static final String HAS_ERRORS = "errors";

    private IntakeStyles() {
    }
}
