package kz.qabyldau.app.ui.handout;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.print.PaperDelivery;
import kz.qabyldau.app.settings.OfficeSettings;
import kz.qabyldau.app.store.AuditActions;
import kz.qabyldau.app.store.Recipient;
import kz.qabyldau.app.store.applications.ApplicationStatus;
import kz.qabyldau.app.store.applications.StoredApplication;
import kz.qabyldau.app.sync.DeskSync;
import kz.qabyldau.app.sync.ReceivedLaw;
import kz.qabyldau.app.sync.SyncStore;
import kz.qabyldau.app.ui.common.BackgroundTask;
import kz.qabyldau.app.ui.common.PaperStatus;
import kz.qabyldau.app.ui.common.TaskExecutor;
import java.util.UUID;

/**
 * The handout desk: decisions and revocation notices waiting for the applicant, found by name, passport,
 * IIN or ticket; print, mark handed out (who, when: audit log), and reprint a lost permit as a duplicate
 * (p.27). Every store call runs in a background task.
 */
public final class HandoutViewModel {

    /** Where a rendered paper goes: {@link PaperDelivery#deliver} (in tests, a list). */
    @FunctionalInterface
    public interface PaperOutput {
        PaperDelivery.Delivery send(byte[] pdf, String form) throws Exception;
    }

    /**
     * One line: a decision ({@code application} set) or a revocation ({@code revocation} set); {@code label} is the
     * person and numbers, the view puts the status before it in the clerk's language.
     */
    public record Item(String label, Optional<StoredApplication> application,
            Optional<SyncStore.Revocation> revocation) {
        /** The person the paper is for. */
        public String person() {
            return application.map(a -> (text(a, "applicant.surname") + " " + text(a, "applicant.givenNames")).strip())
                    .orElseGet(() -> revocation.map(SyncStore.Revocation::holderName).orElse(""));
        }

        /** The passport number typed at intake ("" for a revocation without its application). */
        public String passport() {
            return application.map(a -> text(a, "applicant.document.number")).orElse("");
        }

        /** The queue ticket of the intake. */
        public String ticket() {
            return application.map(StoredApplication::ticket).orElse("");
        }

        /** The permit's or certificate's number, when one was issued. */
        public String number() {
            return application.flatMap(StoredApplication::permitNumber)
                    .orElseGet(() -> revocation.map(SyncStore.Revocation::permitNumber).orElse(""));
        }

        /** The service's id (the page shows its name in the clerk's language). */
        public String service() {
            return application.map(StoredApplication::service).orElse("");
        }

        private static String text(StoredApplication a, String field) {
            return a.application().field(field).map(Object::toString).orElse("");
        }

        boolean duplicatePossible() {
            return application.isPresent() && application.get().permitNumber().isPresent()
                    && (application.get().status() == ApplicationStatus.HANDED_OUT
                    || application.get().status() == ApplicationStatus.ISSUED);
        }
    }

    private final DeskSync sync;
    private final TaskExecutor executor;
    private final Supplier<OfficeSettings> settings;
    private final PaperOutput output;
    private final Clock clock;
    private final I18n i18n;
    private final ObservableList<Item> items = FXCollections.observableArrayList();

    public HandoutViewModel(DeskSync sync, TaskExecutor executor, Supplier<OfficeSettings> settings,
                            I18n i18n, PaperOutput output, Clock clock) {
        this.sync = Objects.requireNonNull(sync);
        this.executor = Objects.requireNonNull(executor);
        this.settings = Objects.requireNonNull(settings);
        this.i18n = Objects.requireNonNull(i18n);
        this.output = Objects.requireNonNull(output);
        this.clock = Objects.requireNonNull(clock);
    }

    public ObservableList<Item> items() {
        return items;
    }

    /** Finds what waits for the person (empty query: everything waiting), plus their handed-out permits. */
    public void search(String query, Runnable done) {
        String q = query == null ? "" : query.strip();
        BackgroundTask.wrap(() -> find(q)).onSuccess(found -> {
            items.setAll(found);
            done.run();
        }).executeWith(executor);
    }

    List<Item> find(String q) {
        if (!q.isEmpty()) {
            sync.applications().audit().record(clerkName(), AuditActions.SEARCHED, "", "handout: " + q);
        }
        List<Item> found = new ArrayList<>();
        for (StoredApplication a : sync.applications().records().awaitingHandout()) {
            if (matches(a, q)) {
                found.add(new Item(label(a), Optional.of(a), Optional.empty()));
            }
        }
        if (!q.isEmpty()) {
            for (StoredApplication a : sync.applications().records().findByPermitNumberPassportOrIin(q)) {
                if (a.status() == ApplicationStatus.HANDED_OUT) {
                    found.add(new Item(label(a), Optional.of(a), Optional.empty()));
                }
            }
        }
        for (SyncStore.Revocation r : sync.store().revocations()) {
            if (r.handedOutAt().isEmpty() && (q.isEmpty() || contains(r.holderName() + " " + r.permitNumber(), q))) {
                found.add(new Item(r.holderName() + " · " + r.permitNumber(), Optional.empty(),
                        Optional.of(r)));
            }
        }
        return found;
    }

    /**
     * Renders the item's paper, keeps it with the record and prints it (else saves and opens it); {@code done}
     * gets where it went, in the clerk's words.
     */
    public void print(Item item, boolean duplicate, Consumer<String> done, Consumer<Exception> failed) {
        BackgroundTask.wrap(() -> printNow(item, duplicate))
                .onSuccess(delivery -> done.accept(delivery.printer().isPresent() ? i18n.get("handout.printed")
                        : PaperStatus.of(i18n, delivery)))
                .onFailure(failed).executeWith(executor);
    }

    PaperDelivery.Delivery printNow(Item item, boolean duplicate) throws Exception {
        OfficeSettings office = settings.get();
        HandoutForms forms = new HandoutForms(ReceivedLaw.formTexts(sync.store()), office, office.clerkName(),
                sync.trainingCentral().isPresent());
        LocalDate today = LocalDate.now(clock);
        String lang = "ru".equals(i18n.language().code()) ? "ru" : "kk";
        HandoutForms.Paper paper;
        UUID id;
        if (item.revocation().isPresent()) {
            SyncStore.Revocation r = item.revocation().get();
            Optional<StoredApplication> app = r.applicationId().flatMap(a -> sync.applications().drafts()
                    .find(UUID.fromString(a)));
            paper = forms.revocation(r, app, lang, today);
            id = app.map(StoredApplication::id).orElse(null);
        } else {
            StoredApplication a = item.application().orElseThrow();
            String decision = decisionJson(a);
            paper = forms.decision(a, decision, duplicate, lang, today);
            id = a.id();
        }
        String form = paper.formId() + (duplicate ? ".duplicate" : "");
        if (id != null) {
            sync.applications().printedForms().save(id, form, lang, paper.pdf());
        }
        // Recorded before the paper goes out: a printer that fails after printing still printed it.
        sync.applications().audit().record(clerkName(), AuditActions.PRINTED, id != null ? id.toString()
                : item.revocation().map(SyncStore.Revocation::revocationId).orElse(""), form + " " + lang);
        return output.send(paper.pdf(), paper.formId());
    }

    /**
     * Marks the item handed out by the clerk of Settings, recording who received it (name and identity document
     * number, as the clerk typed them from the document shown) in the audit log. Without both, nothing is
     * marked and {@code refused} gets the reason in the clerk's language.
     */
    public void handOut(Item item, String recipientName, String documentNumber, Runnable done,
                        Consumer<String> refused) {
        Recipient recipient;
        try {
            recipient = new Recipient(Objects.toString(recipientName, ""), Objects.toString(documentNumber, ""));
        } catch (IllegalArgumentException e) {
            refused.accept(i18n.get("handout.recipient.missing"));
            return;
        }
        String clerk = clerkName();
        BackgroundTask.wrap(() -> {
            if (item.revocation().isPresent()) {
                sync.store().handOutRevocation(item.revocation().get().revocationId(), clerk, recipient,
                        clock.instant());
            } else {
                sync.applications().records().handOut(item.application().orElseThrow().id(), clerk, recipient);
            }
        }).onSuccess(v -> done.run()).executeWith(executor);
    }

    private String clerkName() {
        String clerk = settings.get().clerkName();
        return clerk.isBlank() ? "clerk" : clerk;
    }

    /** The decision the central service sent, kept with the record by {@code Records.recordDecision}. */
    private String decisionJson(StoredApplication a) {
        return sync.applications().records().decisionJson(a.id())
                .orElseThrow(() -> new IllegalStateException("no decision for " + a.id()));
    }

    static String label(StoredApplication a) {
        Object surname = a.application().field("applicant.surname").orElse("");
        Object given = a.application().field("applicant.givenNames").orElse("");
        Object passport = a.application().field("applicant.document.number").orElse("");
        return surname + " " + given + " · " + passport + " · " + a.ticket()
                + a.permitNumber().map(n -> " · " + n).orElse("");
    }

    private static boolean matches(StoredApplication a, String q) {
        if (q.isEmpty()) {
            return true;
        }
        String text = String.join(" ", String.valueOf(a.application().field("applicant.surname").orElse("")),
                String.valueOf(a.application().field("applicant.givenNames").orElse("")),
                String.valueOf(a.application().field("applicant.latinName").orElse("")),
                String.valueOf(a.application().field("applicant.document.number").orElse("")),
                String.valueOf(a.application().field("applicant.iin").orElse("")), a.ticket(),
                a.permitNumber().orElse(""));
        return contains(text, q);
    }

    private static boolean contains(String text, String q) {
        return text.toLowerCase(Locale.ROOT).replace(" ", "").contains(q.toLowerCase(Locale.ROOT).replace(" ", ""));
    }
}
