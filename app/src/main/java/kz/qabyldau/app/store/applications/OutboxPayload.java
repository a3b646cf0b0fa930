package kz.qabyldau.app.store.applications;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kz.qabyldau.forms.application.Application;
import kz.qabyldau.forms.application.ApplicationJson;
import kz.qabyldau.forms.application.PresentedDocument;
import kz.qabyldau.forms.verdict.Verdict;
import kz.qabyldau.forms.verdict.VerdictJson;

/**
 * The outbox payload of an accepted application ({@value #FORMAT}, docs/storage.md "Outbox payload"):
 * the frozen application, the verdict it was accepted on, the desk's bookkeeping and the metadata of
 * its scans (their bytes are uploaded separately, content-addressed, from {@link Scans#content}).
 */
final class OutboxPayload {

    static final String FORMAT = "qabyldau.outbox.application/1";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private OutboxPayload() {
    }

    static String of(StoreContext context, StoredApplication stored, Application frozen, Verdict verdict,
                     String clerk, Instant acceptedAt, Connection c) throws SQLException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("applicationId", stored.id().toString());
        root.put("service", stored.service());
        root.put("workstationId", context.workstationId());
        root.put("training", context.training());
        root.put("ticket", stored.ticket());
        root.put("startedAt", stored.startedAt().toString());
        root.put("acceptedAt", acceptedAt.toString());
        root.put("acceptedBy", clerk);
        root.put("serviceTimeSeconds", stored.serviceTime().toSeconds());
        try {
            root.set("application", MAPPER.readTree(ApplicationJson.write(frozen)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("ApplicationJson wrote unreadable JSON", e);
        }
        root.set("verdict", VerdictJson.toTree(verdict));
        ArrayNode scans = root.putArray("scans");
        for (PresentedDocument d : frozen.documents()) {
            for (String sha256 : d.scans()) {
                ScanRef ref = Scans.find(c, sha256).orElseThrow();
                ObjectNode n = scans.addObject();
                n.put("documentType", d.type());
                n.put("sha256", ref.sha256());
                n.put("mediaType", ref.mediaType());
                n.put("size", ref.size());
            }
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
