package kz.qabyldau.app.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.i18n.Language;
import kz.qabyldau.app.store.AuditActions;
import kz.qabyldau.app.store.AuditLog;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.applications.ApplicationStore;
import kz.qabyldau.app.store.applications.StoredApplication;
import kz.qabyldau.app.store.keys.OperatorKeys;
import kz.qabyldau.app.store.operators.Operator;
import kz.qabyldau.app.store.operators.OperatorAccessDeniedException;
import kz.qabyldau.app.store.operators.Operators;
import kz.qabyldau.app.store.operators.Role;
import kz.qabyldau.app.store.operators.SignInPolicy;
import kz.qabyldau.app.ui.common.RecordingDialogs;
import kz.qabyldau.app.ui.common.TaskExecutor;
import kz.qabyldau.app.ui.operators.OperatorSession;
import kz.qabyldau.app.ui.operators.SignedInSessions;
import kz.qabyldau.forms.application.Application;
import org.assertj.core.groups.Tuple;
import kz.qabyldau.app.ui.common.Tables;
import kz.qabyldau.forms.service.ServiceCatalog;

/** The administrator's audit page on a real store: filters, the applicant through the search index, export. */
class AuditViewModelTest {

    private static final ZoneId ASTANA = ZoneId.of("Asia/Almaty");
    private static final ServiceCatalog CATALOG = ServiceCatalog.loadBundled();
    private static final Operator ADMIN = new Operator("admin", "Айгерім Сәрсенова", Role.ADMINISTRATOR, true,
            false, "", Instant.EPOCH);
    private static final Operator CLERK = new Operator("clerk", "Нұрлан Исаев", Role.CLERK, true, false, "admin",
            Instant.EPOCH);

    @TempDir
    Path temp;

    private Database db;
    private ApplicationStore store;
    private Operators operators;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final I18n i18n = new I18n(Language.RU);

    @BeforeEach
    void open() {
        db = Database.open(DataFolder.at(temp.resolve("data"), false));
        store = ApplicationStore.open(db, false);
        operators = Operators.of(db, OperatorKeys.NONE, Clock.systemUTC(), SignInPolicy.OFFICE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private AuditViewModel page(Operator who) {
        OperatorSession session = SignedInSessions.of(operators, who);
        return new AuditViewModel(session, store.audit(), Applicants.of(store), TaskExecutor.callingThread(),
                dialogs, i18n, temp.resolve("exports"), Clock.fixed(Instant.parse("2026-03-04T06:00:00Z"), ASTANA),
                id -> Tables.serviceName(CATALOG, i18n, id));
    }

    private AuditLog at(String instant) {
        return new AuditLog(db, Clock.fixed(Instant.parse(instant), ASTANA));
    }

    private StoredApplication draft(String surname, String givenNames, String passport) {
        StoredApplication d = store.drafts().create("permit.issue", "", CLERK.fullName());
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("applicant.surname", surname);
        fields.put("applicant.givenNames", givenNames);
        fields.put("applicant.document.number", passport);
        store.drafts().save(d.id(), new Application(Application.FORMAT, d.id().toString(), d.service(), null, "kk",
                fields, List.of(), List.of()), 1, Duration.ZERO);
        return d;
    }

    @Test
    void theActionsAndTheEntriesFollowTheLanguageSwitchWithoutAnIdOrEnglish() {
        StoredApplication d = draft("Жұмабекова", "Айгүл", "UZ1234567");
        at("2026-03-02T05:00:00Z").record(CLERK.fullName(), AuditActions.ACCEPTED, d.id().toString(),
                "permit.issue, ticket A-17, outbox 3");
        at("2026-03-02T05:01:00Z").record(CLERK.fullName(), AuditActions.PRINTED, d.id().toString(), "permit-app1 ru");
        AuditViewModel model = page(ADMIN);
        model.refresh();
        assertThat(model.rows().get(1).details()).startsWith("Выдача разрешения трудовому иммигранту, талон A-17")
                .endsWith("в очереди отправки под № 3");

        model.actionProperty().set(model.actions().stream().filter(c -> AuditActions.PRINTED.equals(c.code()))
                .findFirst().orElseThrow());
        i18n.languageProperty().set(Language.KK);
        assertThat(model.actions()).extracting(AuditViewModel.ActionChoice::label)
                .contains("Өтініш қабылданды").doesNotContain("Заявление принято");
        assertThat(model.actionProperty().get()).as("the chosen action, in the new language").isEqualTo(
                new AuditViewModel.ActionChoice(AuditActions.PRINTED, ActionNames.of(i18n, AuditActions.PRINTED)));
        assertThat(model.rows()).extracting(AuditViewModel.Row::action).containsExactly(
                ActionNames.of(i18n, AuditActions.PRINTED), ActionNames.of(i18n, AuditActions.ACCEPTED));
        assertThat(model.rows().get(0).details()).isEqualTo("Рұқсат, 1-қосымша, орыс тілінде");
        assertThat(model.rows()).allSatisfy(r -> assertThat(r.action() + " " + r.about() + " " + r.details())
                .doesNotContainPattern("[A-Za-z]{3,}").doesNotContain("permit.issue"));
    }

    @Test
    void aClerksCallIsRefusedWhateverTheScreenShowsAndNothingIsReadOrWritten() {
        at("2026-03-02T05:00:00Z").record(CLERK.fullName(), AuditActions.OPENED, "x", "draft");
        AuditViewModel model = page(CLERK);

        assertThatThrownBy(model::refresh).isInstanceOf(OperatorAccessDeniedException.class);
        assertThatThrownBy(model::export).isInstanceOf(OperatorAccessDeniedException.class);

        assertThat(model.rows()).isEmpty();
        assertThat(temp.resolve("exports")).doesNotExist();
        assertThat(store.audit().latest(10)).extracting(AuditLog.Entry::action).containsExactly(AuditActions.OPENED);
    }

    @Test
    void filtersByOperatorActionDayAndApplicantFoundThroughTheSearchIndex() {
        StoredApplication zhumabekova = draft("Жұмабекова", "Айгүл", "UZ1234567");
        StoredApplication petrov = draft("Петров", "Иван", "TJ7654321");
        at("2026-03-02T05:00:00Z").record(CLERK.fullName(), AuditActions.OPENED, zhumabekova.id().toString(), "draft");
        at("2026-03-02T05:10:00Z").record(CLERK.fullName(), AuditActions.PRINTED, zhumabekova.id().toString(),
                "receipt ru");
        // 2026-03-02T20:00Z is already the 3rd in Astana: days are the office's, not UTC's.
        at("2026-03-02T20:00:00Z").record(ADMIN.fullName(), AuditActions.OPENED, petrov.id().toString(), "draft");
        at("2026-03-03T04:00:00Z").record(CLERK.fullName(), AuditActions.OPENED, petrov.id().toString(), "draft");
        AuditViewModel model = page(ADMIN);

        model.refresh();
        assertThat(model.rows()).hasSize(4);
        assertThat(model.operators()).containsExactly("", "Айгерім Сәрсенова", "Нұрлан Исаев");
        assertThat(model.rows().get(0)).satisfies(r -> {
            assertThat(r.action()).isEqualTo("Заявление открыто");
            assertThat(r.about()).isEqualTo("Петров Иван");
            assertThat(r.operator()).isEqualTo("Нұрлан Исаев");
            assertThat(r.at()).isEqualTo("03.03.2026 09:00:00");
        });
        assertThat(model.statusProperty().get()).isEqualTo("Записей: 4");

        model.operatorProperty().set("Нұрлан Исаев");
        model.refresh();
        assertThat(model.rows()).extracting(AuditViewModel.Row::id).hasSize(3);

        model.actionProperty().set(model.actions().stream()
                .filter(a -> AuditActions.PRINTED.equals(a.code())).findFirst().orElseThrow());
        assertThat(model.actionProperty().get().label()).isEqualTo("Документ напечатан");
        model.refresh();
        assertThat(model.rows()).singleElement().extracting(AuditViewModel.Row::details).isEqualTo("receipt ru");

        model.operatorProperty().set("");
        model.actionProperty().set(model.actions().get(0));
        model.dayProperty().set(LocalDate.of(2026, 3, 3));
        model.refresh();
        assertThat(model.rows()).extracting(AuditViewModel.Row::about).containsExactly("Петров Иван", "Петров Иван");

        model.dayProperty().set(null);
        model.applicantProperty().set("жұмаб");
        model.refresh();
        assertThat(model.rows()).extracting(AuditViewModel.Row::about)
                .containsExactly("Жұмабекова Айгүл", "Жұмабекова Айгүл");
        model.applicantProperty().set("tj 765 4321");
        model.refresh();
        assertThat(model.rows()).hasSize(2).allMatch(r -> r.about().equals("Петров Иван"));
        model.applicantProperty().set("Никто");
        model.refresh();
        assertThat(model.rows()).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo("Записей по этому фильтру нет.");

        // Each applicant looked up is a search over personal data, recorded once per text typed.
        assertThat(store.audit().latest(3)).extracting(AuditLog.Entry::action, AuditLog.Entry::clerk,
                AuditLog.Entry::details).containsOnly(
                Tuple.tuple(AuditActions.SEARCHED, ADMIN.fullName(), "audit: Никто"),
                Tuple.tuple(AuditActions.SEARCHED, ADMIN.fullName(), "audit: tj 765 4321"),
                Tuple.tuple(AuditActions.SEARCHED, ADMIN.fullName(), "audit: жұмаб"));
    }

    @Test
    void theExportIsUtf8WithABomPrivateNeutralisesFormulasAndIsItselfRecorded() throws Exception {
        StoredApplication d = draft("Жұмабекова", "Айгүл", "UZ1234567");
        at("2026-03-02T05:00:00Z").record(CLERK.fullName(), AuditActions.HANDED_OUT, d.id().toString(),
                "ISSUED; received by: =HYPERLINK(\"x\"), Айгүл; document: N1");
        AuditViewModel model = page(ADMIN);

        model.export();

        List<Path> files;
        try (Stream<Path> listed = Files.list(temp.resolve("exports"))) {
            files = listed.toList();
        }
        assertThat(files).singleElement().satisfies(f -> assertThat(f.getFileName().toString())
                .isEqualTo("audit-20260304-110000.csv"));
        byte[] bytes = Files.readAllBytes(files.get(0));
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertThat(lines[0]).isEqualTo("№,Время (UTC),Время (местное),Оператор,Код действия,Действие,Объект,"
                + "Заявитель,Сведения");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).isEqualTo("1,2026-03-02T05:00:00Z,02.03.2026 10:00:00,Нұрлан Исаев,"
                + "application.handedOut,Решение выдано," + d.id() + ",Жұмабекова Айгүл,"
                + "\"ISSUED; received by: =HYPERLINK(\"\"x\"\"), Айгүл; document: N1\"");
        if (Files.getFileStore(files.get(0)).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(files.get(0))))
                    .isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(temp.resolve("exports"))))
                    .isEqualTo("rwx------");
        }
        AuditLog.Entry recorded = store.audit().latest(1).get(0);
        assertThat(recorded.action()).isEqualTo(AuditActions.EXPORTED);
        assertThat(recorded.clerk()).isEqualTo(ADMIN.fullName());
        assertThat(recorded.details()).endsWith("; 1 rows");
        assertThat(dialogs.shown()).singleElement().satisfies(s -> assertThat(s.message())
                .startsWith("Выгружено записей: 1. Файл:"));
        assertThat(AuditCsv.cell("=1+2")).isEqualTo("'=1+2");
        assertThat(AuditCsv.cell("-5")).isEqualTo("'-5");
    }

    @Test
    void everyActionCodeHasItsOwnWordsInKazakhRussianAndEnglish() {
        for (Language language : Language.values()) {
            I18n texts = new I18n(language);
            String other = texts.get("audit.action.other");
            List<String> words = AuditActions.ALL.stream().map(code -> ActionNames.of(texts, code)).toList();
            assertThat(words).as("%s", language).doesNotHaveDuplicates().doesNotContain(other)
                    .noneMatch(w -> w.contains(".") && !w.contains(" "));
            assertThat(AuditActions.ALL).allMatch(ActionNames::named);
        }
        assertThat(ActionNames.of(i18n, "some.futureCode")).isEqualTo("другое действие");
    }
}
