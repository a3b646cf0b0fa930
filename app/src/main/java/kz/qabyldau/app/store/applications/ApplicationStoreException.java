package kz.qabyldau.app.store.applications;

import java.util.Locale;
import java.util.Objects;

/**
 * The application store refused an operation for a reason the clerk must read (not a failure of the
 * database, which is a {@link kz.qabyldau.app.store.StoreException}). Nothing was changed.
 * {@link #messageKey()} names the text in bundle {@value ApplicationMessages#BUNDLE};
 * {@link #getMessage()} is the English text for the log.
 */
public class ApplicationStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    protected ApplicationStoreException(String messageKey, Object... arguments) {
        super(ApplicationMessages.format(Locale.ENGLISH, messageKey, arguments));
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
        this.arguments = arguments.clone();
    }

    /** The key in bundle {@value ApplicationMessages#BUNDLE}. */
    public String messageKey() {
        return messageKey;
    }

    /** The message for the clerk in the given interface language (kk, ru, en; others get English). */
    public String localizedMessage(Locale locale) {
        return ApplicationMessages.format(locale, messageKey, arguments);
    }
}
