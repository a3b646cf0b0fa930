package kz.qabyldau.app.sync;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.store.AuditLog;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.applications.ApplicationStore;
import kz.qabyldau.app.store.applications.StoredApplication;
import kz.qabyldau.app.store.crypto.DataKeyKeeper;
import kz.qabyldau.forms.application.Application;
import kz.qabyldau.forms.verdict.Outcome;
import kz.qabyldau.forms.verdict.Verdict;

/**
 * A desk applying pages of the central service's change feed in its own JVM, in an encrypted office database,
 * until it is killed. For ever: accepts an application ({@code Holder-N}), then applies page N — its decision
 * (permit {@code RP-71-2026-N}) and a revocation naming its holder — the way {@code SyncWorker.pull} does, change by
 * change and the cursor after them, and prints {@code applied N UUID} once the cursor is stored. Arguments:
 * {@code DIR}; the key is made at the start for operator {@code admin} with password {@code pw}.
 */
public final class SyncPageChildProcess {

    static final String LOGIN = "admin";
    static final String PASSWORD = "pw";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SyncPageChildProcess() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Database database = Database.open(DataFolder.at(Path.of(args[0]), false));
        DataKeyKeeper.attach(database).establish(LOGIN, PASSWORD.toCharArray());
        ApplicationStore store = ApplicationStore.open(database, false);
        SyncStore sync = new SyncStore(database, new AuditLog(database, Clock.systemUTC()));
        ChangeApplier applier = new ChangeApplier(store.records(), sync, Clock.systemUTC());
        out.println("ready");
        LocalDateTime filed = LocalDateTime.of(2026, 3, 2, 10, 15);
        for (long n = 1; ; n++) {
            StoredApplication draft = store.drafts().create("permit.issue", "", "Dana");
            long v = store.drafts().save(draft.id(), application(draft, "Holder-" + n), 1, Duration.ofSeconds(1));
            store.intake().accept(draft.id(), v, new Verdict("permit.issue", "2026-01-01", filed,
                    filed.toLocalDate(), Outcome.ACCEPT, List.of(), List.of(), List.of(), new TreeMap<>(),
                    new TreeMap<>()), "Dana");
            for (JsonNode change : page(n, draft.id()).path("changes")) {
                applier.apply(change);
            }
            sync.setCursor("c" + n);
            out.println("applied " + n + " " + draft.id());
        }
    }

    /** Page {@code n} of the change feed: the decision on {@code id} and a revocation of its permit. */
    static JsonNode page(long n, UUID id) {
        ObjectNode page = JSON.createObjectNode();
        ArrayNode changes = page.putArray("changes");
        ObjectNode decision = changes.addObject().put("kind", "DECISION").putObject("decision");
        decision.put("applicationId", id.toString()).put("outcome", "PERMIT_ISSUED")
                .putObject("permit").put("number", permitNumber(n));
        ObjectNode revocation = changes.addObject().put("kind", "REVOCATION").putObject("revocation");
        revocation.put("revocationId", "rev-" + n).put("applicationId", id.toString())
                .put("permitNumber", permitNumber(n)).put("revokedOn", "2026-04-01");
        revocation.putObject("holder").put("surname", "Holder-" + n).put("givenNames", "Әсел");
        page.put("next", "c" + n).put("more", false);
        return page;
    }

    static String permitNumber(long n) {
        return "RP-71-2026-" + String.format("%06d", n);
    }

    private static Application application(StoredApplication draft, String surname) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("applicant.surname", surname);
        fields.put("applicant.givenNames", "Әсел");
        fields.put("request.months", 6);
        return new Application(Application.FORMAT, draft.id().toString(), draft.service(), null, "kk", fields,
                List.of(), List.of());
    }

    /** Starts the child with the test class path; its stderr goes to {@code stderrFile}. */
    static Process start(Path dataDir, Path stderrFile) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(SyncPageChildProcess.class.getName());
        command.add(dataDir.toString());
        return new ProcessBuilder(command).redirectError(stderrFile.toFile()).start();
    }
}
