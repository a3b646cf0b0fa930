package kz.qabyldau.app.ui.shell;

/** The pages the navigation leads to, in the order they are listed and numbered (Ctrl+1 … Ctrl+9). */
public enum Destination {
    NEW_APPLICATION("nav-new-application", "nav.newApplication"),
    DRAFTS("nav-drafts", "nav.drafts"),
    OUTBOX("nav-outbox", "nav.outbox"),
    HANDOUT("nav-handout", "nav.handout"),
    SEARCH("nav-search", "nav.search"),
    SETTINGS("nav-settings", "nav.settings"),
    AUDIT("nav-audit", "nav.audit"),
    TODAY("nav-today", "nav.today"),
    REPORTS("nav-reports", "nav.reports"),
    OPERATORS("nav-operators", "nav.operators");

    private final String nodeId;
    private final String labelKey;

    Destination(String nodeId, String labelKey) {
        this.nodeId = nodeId;
        this.labelKey = labelKey;
    }

    /** The id of the navigation button, for tests and accessibility tools. */
    public String nodeId() {
        return nodeId;
    }

    /** The UI text key of the navigation label. */
    public String labelKey() {
        return labelKey;
    }

    /** The digit of its keyboard shortcut (1 for the first page). */
    public int shortcutDigit() {
        return ordinal() + 1;
    }
}
