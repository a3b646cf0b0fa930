package kz.qabyldau.app.sync;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.app.store.applications.ApplicationNotFoundException;
import kz.qabyldau.app.store.applications.ApplicationStatus;
import kz.qabyldau.app.store.applications.Records;
import kz.qabyldau.forms.reference.ReferenceData;

/**
 * Applies one change pulled from the central service (section 3.5). Every change is applied idempotently
 * (decisions by application id, revocations by revocation id, bundles by name), because a page is delivered
 * again when the workstation stopped between applying it and storing the cursor.
 */
final class ChangeApplier {

    /** What a page changed, for the report and the header. */
    record Applied(int decisions, int revocations, int bundles) {
        Applied plus(Applied o) {
            return new Applied(decisions + o.decisions, revocations + o.revocations, bundles + o.bundles);
        }
    }

    static final Applied NOTHING = new Applied(0, 0, 0);

    private static final Logger LOG = LoggerFactory.getLogger(ChangeApplier.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Records records;
    private final SyncStore store;
    private final Clock clock;
    private volatile PublisherKeys publishers;

    /** An applier that trusts the publisher keys this build ships and those installed beside it (ADR 0124). */
    ChangeApplier(Records records, SyncStore store, Clock clock) {
        this(records, store, clock, PublisherKeys.ofThisInstallation());
    }

    ChangeApplier(Records records, SyncStore store, Clock clock, PublisherKeys publishers) {
        this.records = Objects.requireNonNull(records);
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
        this.publishers = Objects.requireNonNull(publishers);
    }

    /** From now on, bundles are applied only when one of {@code keys} signed them (training: its simulator's). */
    void trust(PublisherKeys keys) {
        publishers = Objects.requireNonNull(keys);
    }

    Applied apply(JsonNode change) {
        String kind = change.path("kind").asText("");
        return switch (kind) {
            case "DECISION" -> decision(change.path("decision"));
            case "REVOCATION" -> revocation(change.path("revocation"));
            case "REFERENCE_DATA" -> referenceData(change.path("referenceData"));
            default -> {
                // Additive protocol changes: an unknown kind is skipped, the cursor still moves past it.
                LOG.info("Ignoring a change of unknown kind '{}'", kind);
                yield NOTHING;
            }
        };
    }

    private Applied decision(JsonNode d) {
        UUID id = UUID.fromString(d.path("applicationId").asText());
        String outcome = d.path("outcome").asText();
        ApplicationStatus status = outcome.equals("REFUSED") ? ApplicationStatus.REFUSED : ApplicationStatus.ISSUED;
        String number = switch (outcome) {
            case "PERMIT_ISSUED" -> d.path("permit").path("number").asText(null);
            case "CERTIFICATE_ISSUED" -> d.path("certificate").path("number").asText(null);
            default -> null;
        };
        try {
            boolean recorded = records.recordDecision(id, status, number, d.toString());
            LOG.info("Decision {} for {} ({}){}", outcome, id, number, recorded ? "" : ": already recorded");
            return recorded ? new Applied(1, 0, 0) : NOTHING;
        } catch (ApplicationNotFoundException e) {
            // Another workstation of the same office accepted it: its decision lands there.
            LOG.debug("Decision for {} which another workstation of the office accepted", id);
            return NOTHING;
        }
    }

    private Applied revocation(JsonNode r) {
        JsonNode holder = r.path("holder");
        String name = (holder.path("surname").asText("") + " " + holder.path("givenNames").asText("")).trim();
        boolean added = store.addRevocation(r.path("revocationId").asText(),
                r.path("applicationId").isTextual() ? r.path("applicationId").asText() : null,
                r.path("permitNumber").asText(""), name, LocalDate.parse(r.path("revokedOn").asText()),
                r.toString(), clock.instant());
        return added ? new Applied(0, 1, 0) : NOTHING;
    }

    /**
     * A reference-data bundle: the publisher's signature checked (a trusted key, over this content, a sequence after
     * the newest applied from that publisher — else refused whole, recorded in the audit trail and listed on the
     * Outbox page), every file's hash checked, the whole set validated by the law core's loaders over what is already
     * here (reference data, service definitions, form texts: {@link ReceivedLaw}), then stored in one transaction. A
     * bundle that fails is not applied at all (logged), and the bundled data stays in force.
     */
    private Applied referenceData(JsonNode b) {
        String bundle = b.path("bundle").asText();
        if (store.hasBundle(bundle)) {
            return NOTHING;
        }
        LawSignature.Result checked = LawSignature.check(b, publishers);
        Optional<LawSignature.Refusal> refusal = checked.refusal();
        if (refusal.isEmpty() && checked.signed().orElseThrow().sequence()
                <= store.lawSequence(checked.signed().orElseThrow().keyId())) {
            refusal = Optional.of(LawSignature.Refusal.OLDER);
        }
        if (refusal.isPresent()) {
            LOG.error("Reference data bundle {} refused whole: {}", bundle, refusal.get());
            String reason = refusal.get() == LawSignature.Refusal.UNTRUSTED_KEY
                    ? refusal.get().name() + ":" + LawSignature.namedKey(b).orElseThrow() : refusal.get().name();
            store.refuseBundle(bundle, reason, clock.instant());
            return NOTHING;
        }
        try {
            LocalDate effective = LocalDate.parse(b.path("effectiveFrom").asText());
            List<SyncStore.ReferenceFile> files = new ArrayList<>();
            for (JsonNode f : b.path("files")) {
                String path = f.path("path").asText();
                if (path.isEmpty() || path.startsWith("/") || path.contains("..") || path.contains("\\")) {
                    throw new IllegalArgumentException("unsafe path " + path);
                }
                String text = f.path("text").asText();
                String sha = sha256(text.getBytes(StandardCharsets.UTF_8));
                if (!sha.equals(f.path("sha256").asText())) {
                    throw new IllegalArgumentException("hash of " + path + " is " + sha);
                }
                JSON.readTree(text);
                files.add(new SyncStore.ReferenceFile(path, sha, text));
            }
            Map<String, String> all = new HashMap<>(store.filesInForce(LocalDate.MAX));
            files.forEach(f -> all.put(f.path(), f.text()));
            ReferenceData.load(ReferenceOverlay.overlay(all), clock);
            Map<String, String> received = new HashMap<>();
            files.forEach(f -> received.put(f.path(), f.text()));
            ReceivedLaw.validate(all, received);
            store.addBundle(bundle, effective, b.path("description").asText(""), files, clock.instant(),
                    checked.signed().orElseThrow());
            LOG.info("Reference data bundle {} stored, in force from {}", bundle, effective);
            return new Applied(0, 0, 1);
        } catch (Exception e) {
            LOG.error("Reference data bundle {} rejected, nothing of it applied: {}", bundle, e.toString());
            return NOTHING;
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
