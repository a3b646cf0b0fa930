package kz.qabyldau.app.store.applications;

/** A file the clerk chose cannot be kept as a scanned copy; {@link #messageKey()} says why. Nothing was stored. */
public final class ScanRejectedException extends ApplicationStoreException {

    private static final long serialVersionUID = 1L;

    /** {0} the file name. */
    public static final String EMPTY = "applications.scan.empty";
    /** {0} the file name, {1} its size in MB, {2} the limit in MB. */
    public static final String TOO_LARGE = "applications.scan.tooLarge";
    /** {0} the file name: not a PDF, JPEG or PNG by its first bytes (whatever its extension says). */
    public static final String WRONG_TYPE = "applications.scan.wrongType";
    /** {0} the file name: missing, a folder, or cannot be read. */
    public static final String UNREADABLE = "applications.scan.unreadable";

    private final String fileName;

    ScanRejectedException(String key, String fileName, Object... more) {
        super(key, arguments(fileName, more));
        this.fileName = fileName;
    }

    private static Object[] arguments(String fileName, Object... more) {
        Object[] all = new Object[more.length + 1];
        all[0] = fileName;
        System.arraycopy(more, 0, all, 1, more.length);
        return all;
    }

    /** The name of the refused file. */
    public String fileName() {
        return fileName;
    }
}
