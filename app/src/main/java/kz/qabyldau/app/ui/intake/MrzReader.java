package kz.qabyldau.app.ui.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.forms.identity.IdentifierException;
import kz.qabyldau.forms.identity.Mrz;
import kz.qabyldau.forms.identity.MrzData;
import kz.qabyldau.forms.identity.Sex;

/**
 * Reads the passport's machine-readable zone into the session: every check digit verified by
 * {@link Mrz#parse}, then {@link MrzFill} sets the fields. A rejected zone fills nothing and says exactly why (which
 * check digit, which line and position) in the clerk's language.
 */
public final class MrzReader {

    private final IntakeSession session;
    private final Clock clock;
    private final I18n i18n;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final ReadOnlyObjectWrapper<MrzData> lastRead = new ReadOnlyObjectWrapper<>(this, "lastRead");

    public MrzReader(IntakeSession session, Clock clock, I18n i18n) {
        this.session = Objects.requireNonNull(session);
        this.clock = Objects.requireNonNull(clock);
        this.i18n = Objects.requireNonNull(i18n);
    }

    /** What the latest reading said: the data read, or why the zone was rejected; empty before any reading. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The zone read last (null before any): its names are offered in Cyrillic ({@link FieldOffers}). */
    public ReadOnlyObjectProperty<MrzData> lastReadProperty() {
        return lastRead.getReadOnlyProperty();
    }

    /** True when the latest reading was rejected. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /**
     * Reads {@code text} (the lines as typed or pasted).
     *
     * @return true when the zone was read and the fields filled
     */
    public boolean read(String text) {
        MrzData data;
        try {
            data = Mrz.parse(text, LocalDate.now(clock));
        } catch (IdentifierException e) {
            failed.set(true);
            message.set(e.localizedMessage(Locale.forLanguageTag(i18n.language().code())));
            return false;
        }
        MrzFill fill = MrzFill.of(data, session.serviceDefinition().get(),
                session.application().get().document(MrzFill.PASSPORT));
        session.setFields(fill.fields());
        fill.passport().ifPresent(session::setDocument);
        lastRead.set(data);
        failed.set(false);
        message.set(i18n.get("intake.mrz.read", data.latinName(), data.documentNumber(), data.nationality(),
                data.birthDate().format(FieldValues.TYPED_DATE), sex(data.sex()),
                data.expiryDate().format(FieldValues.TYPED_DATE)));
        return true;
    }

    private String sex(Sex sex) {
        return switch (sex) {
            case MALE -> i18n.get("intake.mrz.male");
            case FEMALE -> i18n.get("intake.mrz.female");
            case UNSPECIFIED -> "—";
        };
    }
}
