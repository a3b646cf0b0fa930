package kz.qabyldau.app.ui.handout;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kz.qabyldau.app.settings.OfficeSettings;
import kz.qabyldau.app.store.applications.StoredApplication;
import kz.qabyldau.app.sync.SyncStore;
import kz.qabyldau.forms.application.ApplicationJson;
import kz.qabyldau.forms.print.CodeNames;
import kz.qabyldau.forms.print.FormRenderer;
import kz.qabyldau.forms.print.FormTexts;
import kz.qabyldau.forms.print.PrintData;
import kz.qabyldau.forms.print.PrintDataReader;
import kz.qabyldau.forms.print.RenderOptions;

/**
 * The papers of the handout desk, rendered by the print engine from the decision the central service sent:
 * the permit (App. 5, marked duplicate for a p.27 reprint), the certificate (qualification App. 3), the
 * refusal (App. 7) and the revocation notice (App. 8). No JavaFX: callable from a background task.
 */
final class HandoutForms {

    /** A rendered paper and the form it is. */
    record Paper(String formId, byte[] pdf) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FormRenderer RENDERER = new FormRenderer();
    private static final CodeNames NAMES = new CodeNames();

    private final FormTexts texts;
    private final OfficeSettings office;
    private final String clerk;
    private final boolean training;

    HandoutForms(OfficeSettings office, String clerk, boolean training) {
        this(new FormTexts(), office, clerk, training);
    }

    /** Printing {@code texts} (received ones from their effective date, {@code ReceivedLaw.formTexts}). */
    HandoutForms(FormTexts texts, OfficeSettings office, String clerk, boolean training) {
        this.texts = texts;
        this.office = office;
        this.clerk = clerk;
        this.training = training;
    }

    /** The form a decision is handed out on; empty when there is nothing to print (a registered notice). */
    static Optional<String> formOf(JsonNode decision) {
        return switch (decision.path("outcome").asText()) {
            case "PERMIT_ISSUED" -> Optional.of("permit-app5");
            case "CERTIFICATE_ISSUED" -> Optional.of("qualification-app3");
            case "REFUSED" -> Optional.of("permit-app7");
            default -> Optional.empty();
        };
    }

    /** The paper of a decision; {@code duplicate} marks a reprinted permit (p.27). */
    Paper decision(StoredApplication app, String decisionJson, boolean duplicate, String lang, LocalDate today)
            throws Exception {
        JsonNode d = JSON.readTree(decisionJson);
        String form = formOf(d).orElseThrow(() -> new IllegalStateException("nothing to print for this decision"));
        ObjectNode data = base(today);
        ObjectNode application = (ObjectNode) JSON.readTree(ApplicationJson.write(app.application()));
        if (duplicate) {
            application.put("service", app.service().substring(0, app.service().indexOf('.')) + ".duplicate");
        }
        data.set("application", application);
        ObjectNode decision = data.putObject("decision");
        String authority = d.path("issuingAuthority").path("name").asText("");
        decision.put("authority", authority);
        decision.put("issuedOn", d.path("decidedOn").asText(today.toString()));
        decision.put("signerPosition", d.path("signer").path("position").path(lang).asText(""));
        decision.put("signerName", d.path("signer").path("name").asText(""));
        switch (form) {
            case "permit-app5" -> {
                JsonNode p = d.path("permit");
                decision.put("permitNumber", p.path("number").asText());
                if (p.path("extendsNumber").isTextual()) {
                    decision.put("extendedPermitNumber", p.path("extendsNumber").asText());
                }
                decision.put("validFrom", p.path("validFrom").asText());
                decision.put("validTo", p.path("validTo").asText());
                // The region where the permit holds (the household's, else the office's), named in the form's
                // language; the provider belongs on the authority line (issue #12).
                String region = app.application().field("household.region").map(Object::toString)
                        .filter(r -> !r.isBlank()).orElse(office.regionCode());
                decision.put("region", region == null || region.isBlank() ? "" : NAMES.region(region, lang));
            }
            case "qualification-app3" -> {
                JsonNode c = d.path("certificate");
                decision.put("certificateNumber", c.path("number").asText());
                decision.put("validFrom", c.path("validFrom").asText());
                decision.put("validTo", c.path("validTo").asText());
                decision.put("basis", c.path("profession").asText(""));
            }
            default -> {
                JsonNode r = d.path("refusal");
                decision.put("ground", r.path("ground").path("id").asText());
                String description = r.path("description").path(lang).asText("");
                decision.put("groundText", description.isEmpty()
                        ? r.path("ground").path("text").path(lang).asText("") : description);
            }
        }
        return new Paper(form, render(form, lang, data, today));
    }

    /** The App. 8 notice of a revocation (p.36–40). */
    Paper revocation(SyncStore.Revocation rv, Optional<StoredApplication> app, String lang, LocalDate today)
            throws Exception {
        JsonNode r = JSON.readTree(rv.revocationJson());
        ObjectNode data = base(today);
        ObjectNode fields;
        if (app.isPresent()) {
            ObjectNode a = (ObjectNode) JSON.readTree(ApplicationJson.write(app.get().application()));
            data.set("application", a);
            fields = a.get("fields") instanceof ObjectNode f ? f : a.putObject("fields");
        } else {
            ObjectNode a = data.putObject("application");
            a.put("format", "qabyldau.application/1");
            a.put("service", "permit.issue");
            fields = a.putObject("fields");
            fields.put("applicant.surname", r.path("holder").path("surname").asText(""));
            fields.put("applicant.givenNames", r.path("holder").path("givenNames").asText(""));
            fields.put("applicant.latinName", r.path("holder").path("latinName").asText(""));
        }
        // The revoked permit (App. 8 names the day it was issued), whatever the application was about.
        fields.put("permit.number", rv.permitNumber());
        fields.put("permit.issuedOn", r.path("permitIssuedOn").asText(""));
        ObjectNode decision = data.putObject("decision");
        decision.put("authority", r.path("revokingAuthority").path("name").asText(""));
        decision.put("revocationDate", r.path("revokedOn").asText());
        decision.put("revocationReason", r.path("ground").path("text").path(lang).asText(""));
        decision.put("signerPosition", r.path("signer").path("position").path(lang).asText(""));
        decision.put("signerName", r.path("signer").path("name").asText(""));
        decision.put("issuedOn", today.toString());
        decision.put("stayUntil", r.path("stayShortenedTo").asText(""));
        return new Paper("permit-app8", render("permit-app8", lang, data, today));
    }

    private ObjectNode base(LocalDate today) {
        ObjectNode data = JSON.createObjectNode();
        data.put("format", PrintDataReader.PRINT_FORMAT);
        data.put("today", today.toString());
        data.putObject("office").put("name", office.officeName()).put("address", "");
        data.putObject("clerk").put("name", clerk);
        return data;
    }

    private byte[] render(String form, String lang, ObjectNode data, LocalDate today) {
        PrintData printData = new PrintDataReader().read(
                new ByteArrayInputStream(data.toString().getBytes(StandardCharsets.UTF_8)), today);
        String language = FormTexts.LANGUAGES.contains(lang) ? lang : "kk";
        return RENDERER.render(texts.load(form, language, today), printData,
                training ? RenderOptions.trainingMode() : RenderOptions.normal());
    }
}
