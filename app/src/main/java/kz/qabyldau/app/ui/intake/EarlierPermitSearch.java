package kz.qabyldau.app.ui.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.store.applications.StoredApplication;
import kz.qabyldau.app.ui.common.BackgroundTask;
import kz.qabyldau.app.ui.common.DialogService;
import kz.qabyldau.app.ui.common.TaskExecutor;
import kz.qabyldau.forms.service.ServiceDefinition;
import kz.qabyldau.forms.verdict.EarlierPermit;

/**
 * For an extension, a duplicate or a re-issue: finds the earlier permit or certificate among the office's records by
 * its number, the passport number or the IIN, and copies the holder's data into the new application.
 *
 * <p>What is copied is who the holder and the employer are, and the number the earlier application was issued
 * under — never what belongs to the new request (term, consent, the prepayment receipt, the provider) and never the
 * earlier record's own "previous permit" data, which describes an even older document.
 */
public final class EarlierPermitSearch {

    private static final Logger LOG = LoggerFactory.getLogger(EarlierPermitSearch.class);

    /** Field groups that describe the new request, not the holder: never copied. */
    private static final Set<String> NOT_COPIED = Set.of("request.", "consent.", "prepayment.", "provider.",
            "permit.", "certificate.", "termination.", "contract.");

    private final Function<String, List<StoredApplication>> records;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final I18n i18n;

    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<StoredApplication> results = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper searched = new ReadOnlyBooleanWrapper(this, "searched");

    /**
     * @param records the office's earlier records matching a permit number, passport number or IIN (blocking;
     *                {@code Records#findByPermitNumberPassportOrIin} of the application store)
     */
    public EarlierPermitSearch(Function<String, List<StoredApplication>> records, TaskExecutor executor,
                               DialogService dialogs, I18n i18n) {
        this.records = Objects.requireNonNull(records);
        this.executor = Objects.requireNonNull(executor);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.i18n = Objects.requireNonNull(i18n);
    }

    /** Whether the service continues an earlier permit or certificate, so a search makes sense. */
    public static boolean appliesTo(ServiceDefinition definition) {
        return !definition.service().endsWith(".issue")
                && (definition.field("permit.number").isPresent()
                        || definition.field("certificate.number").isPresent());
    }

    /** A permit number, passport number or IIN. */
    public StringProperty queryProperty() {
        return query;
    }

    /** The office's earlier records matching the latest search. */
    public ObservableList<StoredApplication> results() {
        return results;
    }

    /** True once a search has answered (so "nothing found" can be said). */
    public ReadOnlyBooleanProperty searchedProperty() {
        return searched.getReadOnlyProperty();
    }

    public void search() {
        String text = query.get() == null ? "" : query.get().strip();
        if (text.isEmpty()) {
            return;
        }
        BackgroundTask.wrap(() -> records.apply(text))
                .onSuccess(found -> {
                    results.setAll(found);
                    searched.set(true);
                })
                .onFailure(error -> {
                    LOG.error("Search for an earlier permit failed", error);
                    dialogs.showError(i18n.get("intake.lookup.failed.title"), i18n.get("intake.lookup.failed.text"));
                })
                .executeWith(executor);
    }

    /** Copies the holder's data of {@code earlier} into {@code session}, as one change. */
    public void copyInto(StoredApplication earlier, IntakeSession session) {
        session.setFields(copyable(earlier, session.serviceDefinition().get()));
    }

    /** The earlier application's values that describe the holder and that {@code definition} declares. */
    static Map<String, Object> copyable(StoredApplication earlier, ServiceDefinition definition) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (earlier.application() == null) {
            return values;
        }
        earlier.application().fields().forEach((id, value) -> {
            boolean request = NOT_COPIED.stream().anyMatch(id::startsWith);
            if (!request && definition.field(id).isPresent()) {
                values.put(id, value);
            }
        });
        // The number the central service issued is the earlier permit (certificate) this request continues.
        String number = "qualification".equals(definition.family()) ? "certificate.number" : "permit.number";
        earlier.permitNumber().filter(n -> definition.field(number).isPresent()).ifPresent(n -> values.put(number, n));
        // p.19: the earlier permit's period and months come from the records, not from memory (issue #17).
        earlier.verdictJson().ifPresent(json -> EarlierPermit.continuation(earlier.application(), json)
                .forEach((id, value) -> definition.field(id).ifPresent(f -> values.put(id, value))));
        return values;
    }
}
