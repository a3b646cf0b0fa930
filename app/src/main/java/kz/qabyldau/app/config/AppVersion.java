package kz.qabyldau.app.config;

/** The version written into the jar's manifest by the build; "development" when run from classes. */
public final class AppVersion {

    private AppVersion() {
    }

    public static String current() {
        String v = AppVersion.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
