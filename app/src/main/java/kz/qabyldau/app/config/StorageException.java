package kz.qabyldau.app.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * The workstation's local storage (data folder, database) cannot be used. Carries a key of the
 * {@code store} bundle and the path concerned, so the clerk reads the reason in their language
 * and support finds the file; {@link #getMessage()} is the English text for the log.
 */
public class StorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Path path;

    protected StorageException(String messageKey, Path path, String detail, Throwable cause) {
        super(StoreMessages.format(Locale.ENGLISH, messageKey, path)
                + (detail == null || detail.isBlank() ? "" : " (" + detail + ")"), cause);
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
        this.path = Objects.requireNonNull(path, "path");
    }

    /** The key in bundle {@value StoreMessages#BUNDLE}; its text takes the path as {@code {0}}. */
    public String messageKey() {
        return messageKey;
    }

    /** The file or folder the problem is about. */
    public Path path() {
        return path;
    }

    /** The message for the clerk in the given interface language (kk, ru, en; others get English). */
    public String localizedMessage(Locale locale) {
        return StoreMessages.format(locale, messageKey, path);
    }
}
