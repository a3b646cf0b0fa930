package kz.qabyldau.app.ui.intake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.settings.OfficeSettings;
import kz.qabyldau.app.store.applications.StoredApplication;
import kz.qabyldau.app.ui.common.BackgroundTask;
import kz.qabyldau.app.ui.common.DialogService;
import kz.qabyldau.app.ui.common.KeyboardMap;
import kz.qabyldau.forms.service.ServiceDefinition;

/**
 * The "New application" page: the service picker with the queue ticket, and the session being taken once started.
 * Starting creates the draft in the store first, so the application exists (and its timer runs) from the first
 * second; the provider is filled in from the office's settings.
 */
public final class NewApplicationViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(NewApplicationViewModel.class);
    /** One of {@link WizardViewModel#FILLED_BY_THE_DESK}: a resumed draft does not open at its step for it. */
    private static final String HOUSEHOLD_REGION = "household.region";

    /** The order a clerk meets the services in: permits first, the most frequent first. */
    private static final List<String> ORDER = List.of("permit.issue", "permit.extend", "permit.duplicate",
            "permit.termination", "qualification.issue", "qualification.extend", "qualification.reissue",
            "qualification.duplicate");

    private final IntakeSessions sessions;
    private final I18n i18n;
    private final DialogService dialogs;
    private final Supplier<OfficeSettings> settings;

    private final ObjectProperty<ServiceChoice> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty ticket = new SimpleStringProperty(this, "ticket", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<IntakeSession> session = new ReadOnlyObjectWrapper<>(this, "session");

    /**
     * @param settings the office's settings as they are now (clerk name, provider)
     */
    public NewApplicationViewModel(IntakeSessions sessions, I18n i18n, DialogService dialogs,
                                   Supplier<OfficeSettings> settings) {
        this.sessions = Objects.requireNonNull(sessions);
        this.i18n = Objects.requireNonNull(i18n);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.settings = Objects.requireNonNull(settings);
    }

    /**
     * The services in force today, in desk order — asked afresh each time, so a service received by sync is offered
     * from its effective date without a restart (issue #17).
     */
    public List<ServiceChoice> services() {
        List<ServiceChoice> list = new ArrayList<>();
        for (String id : sessions.catalog().services()) {
            sessions.inForceToday(id).ifPresent(d -> list.add(new ServiceChoice(d.service(), d.family(), d.name())));
        }
        list.sort(Comparator.comparingInt(c -> ORDER.indexOf(c.service()) < 0 ? ORDER.size()
                : ORDER.indexOf(c.service())));
        return List.copyOf(list);
    }

    public ObjectProperty<ServiceChoice> selectedProperty() {
        return selected;
    }

    /** The electronic-queue ticket the applicant holds (optional). */
    public StringProperty ticketProperty() {
        return ticket;
    }

    /** True while a draft is being created or loaded. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The application being taken, or null while the picker shows. */
    public ReadOnlyObjectProperty<IntakeSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    /** Starts the selected service: creates its draft, then opens the wizard. */
    public void start() {
        ServiceChoice choice = selected.get();
        if (choice == null || busy.get() || session.get() != null) {
            return;
        }
        busy.set(true);
        String clerk = settings.get().clerkName();
        String queueTicket = ticket.get() == null ? "" : ticket.get().strip();
        BackgroundTask.wrap(() -> sessions.createDraft(choice.service(), queueTicket, clerk))
                .onSuccess(stored -> {
                    busy.set(false);
                    IntakeSession opened = open(stored);
                    if (opened != null) {
                        prefillProvider(opened);
                    }
                })
                .onFailure(this::failed)
                .executeWith(sessions.executor());
    }

    /** Reopens a stored draft (from the drafts list or the restore notice). */
    public void resume(UUID draftId) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        BackgroundTask.wrap(() -> sessions.findDraft(draftId))
                .onSuccess(found -> {
                    busy.set(false);
                    if (found.isPresent()) {
                        open(found.get());
                    } else {
                        dialogs.showError(i18n.get("intake.resumeFailed.title"), i18n.get("intake.resumeFailed.text"));
                    }
                })
                .onFailure(this::failed)
                .executeWith(sessions.executor());
    }

    /**
     * F1 in the wizard: the rules of the open step (with their paragraphs) above the keyboard map, in the clerk's
     * language (issue #12).
     */
    public void showHelp(String stepTitle, List<String> rules) {
        StringBuilder text = new StringBuilder(i18n.get("help.rules.title", stepTitle)).append('\n');
        if (rules.isEmpty()) {
            text.append(i18n.get("help.rules.none")).append('\n');
        }
        rules.forEach(rule -> text.append("• ").append(rule).append('\n'));
        text.append('\n').append(KeyboardMap.text(i18n));
        dialogs.showInformation(i18n.get("help.title"), text.toString());
    }

    /** Puts the session aside (it stays a draft) and shows the picker again. */
    public void close() {
        IntakeSession current = session.get();
        if (current != null) {
            current.flush();
            session.set(null);
        }
        ticket.set("");
    }

    private IntakeSession open(StoredApplication stored) {
        IntakeSession previous = session.get();
        if (previous != null) {
            previous.flush();
        }
        try {
            IntakeSession opened = sessions.open(stored);
            opened.finished().addListener((o, was, done) -> {
                if (done && session.get() == opened) {
                    close();
                }
            });
            session.set(opened);
            return opened;
        } catch (IllegalStateException e) {
            LOG.error("Cannot open draft {}", stored.id(), e);
            dialogs.showError(i18n.get("intake.resumeFailed.title"), i18n.get("intake.noDefinition"));
            return null;
        }
    }

    /**
     * What a new application takes from the office's settings: the service provider, and the household's region —
     * a permit lets the immigrant work only in the unit that issued it (seed 001 p.22), so the household is in the
     * office's region unless the clerk changes it (issue #13).
     */
    private void prefillProvider(IntakeSession opened) {
        ServiceDefinition definition = opened.serviceDefinition().get();
        Map<String, Object> known = new LinkedHashMap<>();
        String provider = settings.get().providerName();
        if (provider != null && !provider.isBlank() && definition.field("provider.name").isPresent()) {
            known.put("provider.name", provider);
        }
        String region = settings.get().regionCode();
        if (region != null && !region.isBlank() && definition.field(HOUSEHOLD_REGION).isPresent()) {
            known.put(HOUSEHOLD_REGION, region);
        }
        if (!known.isEmpty()) {
            opened.setFields(known);
        }
    }

    private void failed(Exception error) {
        busy.set(false);
        LOG.error("Could not start or load an application", error);
        dialogs.showError(i18n.get("intake.startFailed.title"), i18n.get("intake.startFailed.text"));
    }
}
