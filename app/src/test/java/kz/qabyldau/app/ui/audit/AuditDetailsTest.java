package kz.qabyldau.app.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.EnumSource.Mode;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.i18n.Language;
import kz.qabyldau.app.store.AuditActions;
import kz.qabyldau.app.store.AuditLog;
import kz.qabyldau.app.ui.common.Tables;
import kz.qabyldau.forms.service.ServiceCatalog;

/**
 * Issue #9: the audit page shows an administrator in Kazakh or Russian what each entry recorded — no code, id or
 * English word of the texts the desk writes. Each sample is written as its writer writes it.
 */
class AuditDetailsTest {

    /** An id (camelCase, dotted, dashed code), an English word the writers use, or the definitions' citations. */
    private static final Pattern NOT_FOR_THE_READER = Pattern.compile(
            "\\b[a-z]+[A-Z][A-Za-z]*\\b|\\b[a-z]+\\.[a-z]+[A-Za-z.]*\\b|\\b[a-z]+-[a-z0-9]+\\b|\\bApp\\.|"
                    + "\\b(?i:ticket|outbox|received|document|draft|rows|any|operator|action|day|applicant|seed|"
                    + "synthetic|applications|handout|drafts|audit|earlier|permit|returning|employer|report|today|"
                    + "clerk|administrator|duplicate|ISSUED|REFUSED|CSV,)\\b");
    private static final ServiceCatalog CATALOG = ServiceCatalog.loadBundled();

    private static final List<String[]> WRITTEN = List.of(
            new String[] {AuditActions.ACCEPTED, "permit.issue, ticket A-17, outbox 3"},
            new String[] {AuditActions.ACCEPTED, "qualification.issue, outbox 12"},
            new String[] {AuditActions.DELETED, "permit.issue, ticket A-2: повторно"},
            new String[] {AuditActions.INTAKE_REFUSED, "permit.issue: [medical-028e expired, passport missing]"},
            new String[] {AuditActions.HANDED_OUT,
                "ISSUED; received by: Каримов Алишер; document: FA1234567"},
            new String[] {AuditActions.REVOCATION_HANDED_OUT,
                "App. 8; received by: Каримов Алишер; document: FA1234567"},
            new String[] {AuditActions.SEARCHED, "handout: Каримов"},
            new String[] {AuditActions.SEARCHED, "drafts: Петров"},
            new String[] {AuditActions.SEARCHED, "audit: Жұмабекова"},
            new String[] {AuditActions.SEARCHED, "earlier permit: 0123456"},
            new String[] {AuditActions.SEARCHED, "returning employer: 900101400013"},
            new String[] {AuditActions.PRINTED, "permit-app1 ru"},
            new String[] {AuditActions.PRINTED, "permit-app5.duplicate kk"},
            new String[] {AuditActions.PRINTED, "qualification-app3 kk"},
            new String[] {AuditActions.PRINTED, "report today-2026-03-04: 5 rows"},
            new String[] {AuditActions.EXPORTED, "report CSV report-2026-03-01-2026-03-31: 40 rows"},
            new String[] {AuditActions.EXPORTED, "audit CSV, operator: any, action: operator.signedIn, day: "
                + "2026-03-04, applicant: any; 7 rows"},
            new String[] {AuditActions.OPENED, "draft"},
            new String[] {AuditActions.SETTINGS_CHANGED, "office.name, office.region, workstation.pref.printer"},
            new String[] {AuditActions.OPERATOR_ADDED, "clerk"},
            new String[] {AuditActions.OPERATOR_ADDED, "administrator"},
            new String[] {AuditActions.GENERATED, "1000 synthetic applications, seed 42"},
            new String[] {AuditActions.OVERRIDDEN, "late-extension: продлевает по письму акимата"});

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"KK", "RU"}, mode = Mode.INCLUDE)
    void everyDetailTheDeskWritesIsReadInTheAdministratorsLanguage(Language language) {
        I18n i18n = new I18n(language);
        AuditDetails details = new AuditDetails(i18n, id -> Tables.serviceName(CATALOG, i18n, id));
        List<String> found = new ArrayList<>();
        for (String[] w : WRITTEN) {
            String shown = details.of(new AuditLog.Entry(1, Instant.EPOCH, "Айгүл", w[0], "", w[1]));
            assertThat(shown).as(w[1]).isNotBlank().isNotEqualTo(w[1]);
            Matcher m = NOT_FOR_THE_READER.matcher(shown);
            while (m.find()) {
                found.add("«" + m.group() + "» in «" + shown + "» (written «" + w[1] + "»)");
            }
        }
        assertThat(found).as("ids or English in %s", language).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"KK", "RU"}, mode = Mode.INCLUDE)
    void whatTheClerkTypedAndUnknownDetailsAreShownAsWritten(Language language) {
        I18n i18n = new I18n(language);
        AuditDetails details = new AuditDetails(i18n, id -> Tables.serviceName(CATALOG, i18n, id));
        assertThat(details.of(new AuditLog.Entry(1, Instant.EPOCH, "", AuditActions.SEARCHED, "",
                "handout: Каримов"))).endsWith(": Каримов");
        assertThat(details.of(new AuditLog.Entry(1, Instant.EPOCH, "", "some.future.action", "", "as written")))
                .isEqualTo("as written");
        assertThat(details.of(new AuditLog.Entry(1, Instant.EPOCH, "", AuditActions.SIGNED_IN, "clerk", "")))
                .isEmpty();
    }
}
