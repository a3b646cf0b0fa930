package kz.qabyldau.app.store.synthetic;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kz.qabyldau.forms.application.Application;
import kz.qabyldau.forms.verdict.Verdict;

/**
 * The central service's decision on a generated application, in the shape the sync protocol delivers it
 * (docs/sync-protocol.md, "DECISION"), so the handout desk prints it like a real one.
 */
final class SyntheticDecisions {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SyntheticDecisions() {
    }

    static String decision(UUID id, String reference, Application app, LocalDate decidedOn, Optional<String> permit,
                           Verdict verdict, int months) {
        ObjectNode d = MAPPER.createObjectNode();
        d.put("applicationId", id.toString());
        d.put("reference", reference);
        d.put("service", app.service());
        d.put("outcome", permit.isPresent() ? "PERMIT_ISSUED" : "REFUSED");
        d.put("decidedOn", decidedOn.toString());
        if (permit.isPresent()) {
            LocalDate from = verdict.date("permitFrom").orElse(decidedOn);
            ObjectNode p = d.putObject("permit");
            p.put("number", permit.get());
            p.put("validFrom", from.toString());
            p.put("validTo", verdict.date("permitTo").orElse(from.plusMonths(months).minusDays(1)).toString());
            p.putNull("extendsNumber");
            p.put("duplicate", false);
        } else {
            ObjectNode r = d.putObject("refusal");
            ObjectNode g = r.putObject("ground");
            g.put("id", "2");
            g.put("paragraph", "App. 2, ground 2");
            text(g.putObject("text"), "Қызметті алушының немесе материалдардың Қағидалар талаптарына сәйкес келмеуі",
                    "Несоответствие услугополучателя или материалов требованиям Правил",
                    "Applicant or materials do not meet the requirements of the Rules");
            text(r.putObject("description"), "Синтетикалық шешім (оқу деректері)",
                    "Синтетическое решение (учебные данные)", "Synthetic decision (generated data)");
        }
        ObjectNode authority = d.putObject("issuingAuthority");
        authority.put("code", "710000000");
        authority.put("name", app.field("provider.name").map(Object::toString).orElse(""));
        ObjectNode signer = d.putObject("signer");
        text(signer.putObject("position"), "Бөлім басшысы", "Руководитель отдела", "Head of department");
        signer.put("name", "Есенова Г.");
        return d.toString();
    }

    private static void text(ObjectNode n, String kk, String ru, String en) {
        n.put("kk", kk);
        n.put("ru", ru);
        n.put("en", en);
    }
}
