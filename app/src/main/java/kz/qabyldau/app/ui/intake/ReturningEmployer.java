package kz.qabyldau.app.ui.intake;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.store.applications.StoredApplication;
import kz.qabyldau.app.ui.common.BackgroundTask;
import kz.qabyldau.app.ui.common.TaskExecutor;
import kz.qabyldau.forms.identity.Iin;
import kz.qabyldau.forms.service.ServiceDefinition;

/**
 * A returning employer (issue #13): once the employer's IIN typed is a valid one that the office has accepted an
 * application for, the desk offers that application's employer data — name, birth year, permanent address, the
 * household address and the employer's identity document of the agreement of intent — to be taken with one key
 * (Enter in the IIN field) and corrected like anything typed. What belongs to the applicant or to this request
 * (consent, salary, the applicant's document) is never offered.
 *
 * <p>The lookup runs in a background task through the application store, which opens the stored application
 * with the office's data key: nothing is offered unless an operator is signed in (a locked store refuses, the
 * desk then simply offers nothing).
 */
public final class ReturningEmployer {

    /** The IIN field whose value is looked up. */
    static final String IIN_FIELD = "employer.iin";

    private static final Logger LOG = LoggerFactory.getLogger(ReturningEmployer.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** What the desk offers, with the text that says so in the clerk's language. */
    public record Offer(String text, Map<String, Object> values) {
        public Offer {
            values = Map.copyOf(values);
        }
    }

    private final IntakeSession session;
    private final BiFunction<String, Optional<UUID>, Optional<StoredApplication>> lookup;
    private final TaskExecutor executor;
    private final I18n i18n;
    private final ReadOnlyObjectWrapper<Optional<Offer>> offer = new ReadOnlyObjectWrapper<>(this, "offer",
            Optional.empty());
    private String looked = "";
    private long generation;

    /**
     * @param lookup the office's latest checked application of an employer's IIN, other than the one given
     *               (blocking; {@code ApplicationStore.returningEmployers()::latest}, recorded in the audit log)
     */
    public ReturningEmployer(IntakeSession session,
                             BiFunction<String, Optional<UUID>, Optional<StoredApplication>> lookup,
                             TaskExecutor executor, I18n i18n) {
        this.session = Objects.requireNonNull(session);
        this.lookup = Objects.requireNonNull(lookup);
        this.executor = Objects.requireNonNull(executor);
        this.i18n = Objects.requireNonNull(i18n);
        session.application().addListener((o, a, app) -> iinChanged());
    }

    /** Whether the service asks for an employer's IIN, so a returning employer can be offered. */
    public static boolean appliesTo(ServiceDefinition definition) {
        return definition.field(IIN_FIELD).isPresent();
    }

    /** The data offered for the IIN in the field now, if the office knows the employer. */
    public ReadOnlyObjectProperty<Optional<Offer>> offerProperty() {
        return offer.getReadOnlyProperty();
    }

    /** Takes the offer into the application as one change; false when there is none. */
    public boolean take() {
        Optional<Offer> taken = offer.get();
        if (taken.isEmpty() || session.frozen().get()) {
            return false;
        }
        offer.set(Optional.empty());
        session.setFields(taken.get().values());
        return true;
    }

    /** Not wanted this time (Escape): the clerk types the employer anew. */
    public void dismiss() {
        offer.set(Optional.empty());
    }

    private void iinChanged() {
        Object value = session.field(IIN_FIELD);
        String iin = value == null ? "" : value.toString().strip();
        if (iin.equals(looked)) {
            return;
        }
        looked = iin;
        long asked = ++generation;
        offer.set(Optional.empty());
        if (!Iin.isValid(iin) || session.frozen().get()) {
            return;
        }
        Optional<UUID> self = Optional.ofNullable(session.draftId().get());
        BackgroundTask.wrap(() -> lookup.apply(iin, self))
                .onSuccess(found -> {
                    if (asked == generation) {
                        offer.set(found.map(this::offerOf).filter(o -> !o.values().isEmpty()));
                    }
                })
                // A locked store, or no answer: the clerk types the employer anew. Never the IIN in the log.
                .onFailure(error -> LOG.warn("No returning employer offered: the lookup failed ({})",
                        error.getClass().getSimpleName()))
                .executeWith(executor);
    }

    Offer offerOf(StoredApplication earlier) {
        ServiceDefinition definition = session.serviceDefinition().get();
        Map<String, Object> values = new LinkedHashMap<>();
        earlier.application().fields().forEach((id, value) -> {
            if (offered(id) && definition.field(id).isPresent() && value != null && !value.toString().isBlank()) {
                values.put(id, value);
            }
        });
        Map<String, Object> f = earlier.application().fields();
        String name = Stream.of("employer.surname", "employer.givenNames", "employer.patronymic")
                .map(id -> f.getOrDefault(id, "").toString().strip()).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(" "));
        String year = f.getOrDefault("employer.birthYear", "—").toString();
        String address = f.getOrDefault("employer.address", "—").toString();
        LocalDate day = (earlier.finishedAt().isPresent() ? earlier.finishedAt().get() : earlier.updatedAt())
                .atZone(ZoneId.systemDefault()).toLocalDate();
        return new Offer(i18n.get("intake.employer.returning", name.isEmpty() ? "—" : name, year, address,
                DAY.format(day)), values);
    }

    /** The employer's own data, their household address and their document of the agreement of intent. */
    static boolean offered(String id) {
        return (id.startsWith("employer.") || id.startsWith("household.")) && !id.equals(IIN_FIELD);
    }
}
