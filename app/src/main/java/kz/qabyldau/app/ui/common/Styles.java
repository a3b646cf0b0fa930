package kz.qabyldau.app.ui.common;

/**
 * Style-class names the views use, as constants so a typo is a compile error and the theme's
 * selectors can be found from the code. Their rules live in {@code /qabyldau/theme/workstation.css}.
 */
public final class Styles {

    public static final String WINDOW = "q-window";
    public static final String HEADER = "q-header";
    public static final String APP_TITLE = "q-app-title";
    public static final String OFFICE_NAME = "q-office-name";
    public static final String HEADER_DETAIL = "q-header-detail";
    public static final String STATUS_CHIP = "q-status-chip";
    public static final String STATUS_DOT = "q-status-dot";
    public static final String TRAINING_BANNER = "q-training-banner";
    public static final String TRAINING_BANNER_TITLE = "q-training-banner-title";
    public static final String NAVIGATION = "q-navigation";
    public static final String NAV_BUTTON = "q-nav-button";
    public static final String NAV_SHORTCUT = "q-nav-shortcut";
    public static final String LANGUAGE_SWITCH = "q-language-switch";
    public static final String CONTENT = "q-content";
    public static final String PAGE = "q-page";
    public static final String PAGE_TITLE = "q-page-title";
    public static final String PAGE_INTRO = "q-page-intro";
    public static final String SECTION_TITLE = "q-section-title";
    public static final String EMPTY_STATE = "q-empty-state";
    public static final String EMPTY_STATE_TITLE = "q-empty-state-title";
    public static final String EMPTY_STATE_TEXT = "q-empty-state-text";
    public static final String FORM = "q-form";
    public static final String FORM_LABEL = "q-form-label";
    public static final String FIELD_ERROR = "q-field-error";
    public static final String FIELD_HINT = "q-field-hint";
    public static final String NOTICE = "q-notice";
    public static final String PRIMARY_BUTTON = "q-primary";
    public static final String ACTION_BAR = "q-action-bar";
    public static final String STATUS_MESSAGE = "q-status-message";
    public static final String LOADING = "q-loading";
    public static final String LOADING_TITLE = "q-loading-title";
    public static final String DIALOG_MESSAGE = "q-dialog-message";

    /** Pseudo-class on the status chip while the central service answers. */
    public static final String ONLINE = "online";
    /** Pseudo-class on a form field whose value is rejected. */
    public static final String INVALID = "invalid";

    private Styles() {
    }
}
