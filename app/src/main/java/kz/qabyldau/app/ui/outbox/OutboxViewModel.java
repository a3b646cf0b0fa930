package kz.qabyldau.app.ui.outbox;

import java.util.Objects;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.store.applications.OutboxEntry;
import kz.qabyldau.app.store.applications.OutboxState;
import kz.qabyldau.app.sync.DeskSync;
import kz.qabyldau.app.sync.SyncFailure;
import kz.qabyldau.app.sync.SyncStore;
import kz.qabyldau.app.ui.common.BackgroundTask;
import kz.qabyldau.app.ui.common.TaskExecutor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The outbox page: each entry's state and, for a failure, what a clerk understands; "retry now". */
public final class OutboxViewModel {

    /** One line of the page. */
    public record Row(long seq, String application, String service, OutboxState state, int attempts, String problem) {
        public boolean retryable() {
            return state == OutboxState.FAILED;
        }
    }

    static final int SHOWN = 300;
    /** The central service's answer to a protocol version it no longer speaks (docs/sync-protocol.md, section 2). */
    static final String UNSUPPORTED_PROTOCOL = "UNSUPPORTED_PROTOCOL";
    private static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Almaty");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private static final Logger LOG = LoggerFactory.getLogger(OutboxViewModel.class);

    private final DeskSync sync;
    private final I18n i18n;
    private final TaskExecutor executor;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    /** Reads asked for and not yet answered (on the FX thread only). */
    private int reading;
    private final ObservableList<String> refusedLaw = FXCollections.observableArrayList();

    public OutboxViewModel(DeskSync sync, I18n i18n, TaskExecutor executor) {
        this.sync = Objects.requireNonNull(sync);
        this.i18n = Objects.requireNonNull(i18n);
        this.executor = Objects.requireNonNull(executor);
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** True while the entries are being read: the page says "loading", not "the outbox is empty" (issue #16). */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /**
     * The reference-data updates refused whole (unsigned, wrongly signed, older than one already received), newest
     * first, each told in the clerk's language: the law in force did not change.
     */
    public ObservableList<String> refusedLaw() {
        return refusedLaw;
    }

    /** Reads the newest entries (at most {@link #SHOWN}) and the refused law updates in the background. */
    public void refresh() {
        reading++;
        loading.set(true);
        BackgroundTask.wrap(() -> sync.applications().outbox().recent(SHOWN))
                .onSuccess(entries -> {
                    rows.setAll(entries.stream().map(this::row).toList());
                    readingDone();
                })
                .onFailure(error -> {
                    LOG.warn("The outbox could not be read", error);
                    readingDone();
                })
                .executeWith(executor);
        BackgroundTask.wrap(() -> sync.store().refusedBundles())
                .onSuccess(list -> refusedLaw.setAll(list.stream().map(r -> refusal(i18n, r)).toList()))
                .executeWith(executor);
    }

    /** One refused update in the clerk's words: which, when, why, and that the earlier law stays in force. */
    static String refusal(I18n i18n, SyncStore.RefusedBundle r) {
        String key = switch (r.refusal()) {
            case "UNSIGNED" -> "outbox.law.UNSIGNED";
            case "OLDER" -> "outbox.law.OLDER";
            case "UNTRUSTED_KEY" -> "outbox.law.UNTRUSTED_KEY";
            default -> "outbox.law.BAD_SIGNATURE";
        };
        return i18n.get(key, r.bundle(), DAY.format(r.at().atZone(OFFICE_ZONE)), fingerprint(r.keyId()));
    }

    /** A key id as the administrator compares it with the publisher's: groups of four hex digits. */
    static String fingerprint(String keyId) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < keyId.length(); i += 4) {
            out.append(i == 0 ? "" : " ").append(keyId, i, Math.min(keyId.length(), i + 4));
        }
        return out.toString();
    }

    private void readingDone() {
        reading--;
        loading.set(reading > 0);
    }

    /** The entry is due at once and the worker is asked for a round. */
    public void retryNow(Row row) {
        BackgroundTask.wrap(() -> {
            sync.worker().ifPresentOrElse(w -> w.retryNow(row.seq()),
                    () -> sync.applications().outbox().retryNow(row.seq()));
        }).onSuccess(v -> refresh()).executeWith(executor);
    }

    /** "Sync now". */
    public void syncNow() {
        BackgroundTask.wrap(() -> sync.worker().ifPresent(w -> w.requestNow())).executeWith(executor);
    }

    /**
     * Why the workstation cannot sync at all, in the clerk's language, or empty: not configured, could not start, or
     * the central service speaks a newer protocol than this version (an update is needed).
     */
    public String problem() {
        if (sync.problem().isPresent()) {
            return i18n.get(sync.problem().get());
        }
        boolean outdated = sync.worker().flatMap(w -> w.status().lastError())
                .filter(e -> UNSUPPORTED_PROTOCOL.equals(SyncFailure.codeOf(e))).isPresent();
        return outdated ? i18n.get("sync.updateNeeded") : "";
    }

    Row row(OutboxEntry e) {
        return new Row(e.seq(), who(e), service(e), e.state(), e.attempts(), clerkText(i18n, e));
    }

    /** The applicant and the ticket, from the payload (the id when the payload cannot be read). */
    static String who(OutboxEntry e) {
        try {
            JsonNode p = new ObjectMapper()
                    .readTree(e.payloadJson());
            JsonNode f = p.path("application").path("fields");
            String name = (f.path("applicant.surname").asText("") + " " + f.path("applicant.givenNames").asText(""))
                    .strip();
            String ticket = p.path("ticket").asText("");
            return name.isEmpty() ? e.applicationId().toString() : name + (ticket.isEmpty() ? "" : " · " + ticket);
        } catch (IOException | RuntimeException ex) {
            return e.applicationId().toString();
        }
    }

    /** The service applied for (its id; the page names it in the clerk's language), "" when unreadable. */
    static String service(OutboxEntry e) {
        try {
            return new ObjectMapper().readTree(e.payloadJson()).path("application")
                    .path("service").asText("");
        } catch (IOException | RuntimeException ex) {
            return "";
        }
    }

    /** A failure told as a clerk understands it; the technical detail stays in the log. */
    static String clerkText(I18n i18n, OutboxEntry e) {
        if (e.state() != OutboxState.FAILED || e.lastError() == null) {
            return "";
        }
        return switch (SyncFailure.kindOf(e.lastError())) {
            case OFFLINE -> i18n.get("outbox.problem.offline");
            case TIMEOUT -> i18n.get("outbox.problem.timeout");
            case SERVER_ERROR -> i18n.get("outbox.problem.server");
            case REJECTED -> UNSUPPORTED_PROTOCOL.equals(SyncFailure.codeOf(e.lastError()))
                    ? i18n.get("sync.updateNeeded")
                    : i18n.get("outbox.problem.rejected", SyncFailure.codeOf(e.lastError()));
        };
    }
}
