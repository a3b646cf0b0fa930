package kz.qabyldau.app.reports;

/** What the signed-in person may see: every operator has Today, only an administrator the office's reports. */
public enum ReportRole {
    OPERATOR,
    ADMINISTRATOR
}
