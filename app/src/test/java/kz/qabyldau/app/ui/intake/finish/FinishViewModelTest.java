package kz.qabyldau.app.ui.intake.finish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.store.applications.ApplicationStatus;
import kz.qabyldau.app.store.applications.OutboxEntry;
import kz.qabyldau.app.store.applications.PrintedForm;
import kz.qabyldau.app.ui.intake.IntakeSession;
import kz.qabyldau.forms.application.PresentedDocument;
import kz.qabyldau.forms.verdict.Outcome;
import org.assertj.core.groups.Tuple;

/** The finish step: accept only when allowed, once; refuse intake with the receipt; the paper stored. */
class FinishViewModelTest {

    @TempDir
    Path folder;

    private DeskFixture desk;

    @BeforeEach
    void open() {
        desk = new DeskFixture(folder);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void acceptQueuesTheApplicationWithItsOutboxEntryAndStoresApp1() throws IOException {
        IntakeSession session = desk.startWith("permit-issue-accepted");
        FinishViewModel finish = desk.finish(session, false);
        assertThat(finish.canAcceptProperty().get()).isTrue();

        finish.accept();

        assertThat(finish.stateProperty().get()).isEqualTo(FinishViewModel.State.ACCEPTED);
        var id = session.draftId().get();
        assertThat(desk.store.drafts().find(id).orElseThrow().status()).isEqualTo(ApplicationStatus.QUEUED);
        List<OutboxEntry> outbox = desk.store.outbox().pending(10);
        assertThat(outbox).extracting(OutboxEntry::applicationId).containsExactly(id);
        assertThat(finish.resultProperty().get()).contains("№ " + outbox.get(0).seq());
        List<PrintedForm> printed = desk.store.printedForms().list(id);
        assertThat(printed).extracting(PrintedForm::formId, PrintedForm::lang).containsExactly(
                Tuple.tuple("permit-app1", "ru"));
        assertThat(text(desk.store.printedForms().content(printed.get(0).id()))).contains("Каримов", "FA1234567");
    }

    @Test
    void app1_namesEachPlaceOnceAndApp4CarriesTheClerksName() throws IOException {
        IntakeSession session = desk.startWith("permit-issue-accepted");
        desk.finish(session, false).accept();
        String app1 = text(desk.store.printedForms().content(
                desk.store.printedForms().list(session.draftId().get()).get(0).id())).replaceAll("\\s+", " ");

        assertThat(app1).doesNotContain("Астана, Астана").doesNotContain("Узбекистан, Узбекистан")
                .contains("город Астана").contains("Узбекистан");

        IntakeSession refused = desk.startWith("permit-issue-accepted");
        refused.setDocument(PresentedDocument.issued("medical-028e", LocalDate.of(2025, 2, 20)));
        desk.dialogs.answerConfirmations(true);
        desk.finish(refused, false).refuse();
        String app4 = text(desk.store.printedForms().content(
                desk.store.printedForms().list(refused.draftId().get()).get(0).id()));
        assertThat(app4).contains(desk.office.clerkName());
    }

    @Test
    void withoutAPrinterTheClerkIsToldInWordsAndTheFormStaysStored() {
        FinishViewModel finish = desk.finish(desk.startWith("permit-issue-accepted"), false);

        finish.accept();

        assertThat(finish.printStatusProperty().get()).startsWith("Не напечатано: На этом компьютере не установлен "
                + "принтер.");
        assertThat(desk.dialogs.shown()).isEmpty();
    }

    @Test
    void acceptingTwiceMakesOneApplication() {
        IntakeSession session = desk.startWith("permit-issue-accepted");
        FinishViewModel finish = desk.finish(session, false);

        finish.accept();
        finish.accept();

        assertThat(desk.store.outbox().pending(10)).hasSize(1);
        assertThat(desk.store.printedForms().list(session.draftId().get())).hasSize(1);
    }

    @Test
    void aWarningBlocksAcceptUntilTheClerkTypesAReason() {
        IntakeSession session = desk.startWith("permit-issue-warning-prepayment");
        FinishViewModel finish = desk.finish(session, false);
        assertThat(finish.warnings()).extracting(w -> w.code()).containsExactly("PREPAYMENT_AMOUNT");
        assertThat(finish.canAcceptProperty().get()).isFalse();

        finish.accept();
        assertThat(desk.store.outbox().pending(10)).isEmpty();

        finish.override("PREPAYMENT_AMOUNT", "  ");
        assertThat(finish.canAcceptProperty().get()).isFalse();
        finish.override("PREPAYMENT_AMOUNT", "Доплата внесена, квитанция будет донесена");
        assertThat(finish.canAcceptProperty().get()).isTrue();
        finish.accept();

        assertThat(desk.store.drafts().find(session.draftId().get()).orElseThrow().application().overrides())
                .extracting(o -> o.reason(), o -> o.clerk())
                .containsExactly(Tuple.tuple("Доплата внесена, квитанция будет донесена",
                        "Айгүл Сейітова"));
    }

    @Test
    void clearingTheReasonRemovesTheOverrideAndBlocksAcceptAgain() {
        IntakeSession session = desk.startWith("permit-issue-warning-prepayment");
        FinishViewModel finish = desk.finish(session, false);
        finish.override("PREPAYMENT_AMOUNT", "Доплата внесена");
        assertThat(finish.canAcceptProperty().get()).isTrue();

        finish.override("PREPAYMENT_AMOUNT", "");

        assertThat(finish.canAcceptProperty().get()).isFalse();
        assertThat(finish.overrideReason("PREPAYMENT_AMOUNT")).isEmpty();
        assertThat(desk.store.drafts().find(session.draftId().get()).orElseThrow().application().overrides())
                .isEmpty();
        finish.accept();
        assertThat(desk.store.outbox().pending(10)).isEmpty();
    }

    @Test
    void p17_expiredMedicalCertificateRefusesIntakeWithAReceiptInTwoCopies() throws IOException {
        IntakeSession session = desk.startWith("permit-issue-accepted");
        session.setDocument(PresentedDocument.issued("medical-028e", LocalDate.of(2025, 2, 20)));
        FinishViewModel finish = desk.finish(session, false);
        assertThat(session.verdict().get().outcome()).isEqualTo(Outcome.REFUSE_INTAKE);
        assertThat(finish.canAcceptProperty().get()).isFalse();
        assertThat(finish.canRefuseProperty().get()).isTrue();
        desk.dialogs.answerConfirmations(true);

        finish.refuse();

        var id = session.draftId().get();
        assertThat(finish.stateProperty().get()).isEqualTo(FinishViewModel.State.REFUSED);
        assertThat(desk.store.drafts().find(id).orElseThrow().status()).isEqualTo(ApplicationStatus.INTAKE_REFUSED);
        assertThat(desk.store.outbox().pending(10)).isEmpty();
        List<PrintedForm> printed = desk.store.printedForms().list(id);
        assertThat(printed).extracting(PrintedForm::formId).containsExactly("permit-app4");
        byte[] pdf = desk.store.printedForms().content(printed.get(0).id());
        String reason = session.verdict().get().receipt().get(0).message().in("ru");
        String text = text(pdf);
        assertThat(text.replaceAll("\\s+", " ")).contains(reason.replaceAll("\\s+", " "));
        assertThat(text.split("Первый экземпляр|Второй экземпляр", -1)).hasSize(3);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
        }
    }

    @Test
    void refusingIsNotOfferedForAnApplicationThatCanBeAccepted() {
        IntakeSession session = desk.startWith("permit-issue-accepted");
        FinishViewModel finish = desk.finish(session, false);

        finish.refuse();

        assertThat(finish.stateProperty().get()).isEqualTo(FinishViewModel.State.READY);
        assertThat(desk.store.drafts().find(session.draftId().get()).orElseThrow().status())
                .isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void theFormPrintsInTheChosenLanguageAndInTrainingCarriesTheSampleMark() throws IOException {
        IntakeSession session = desk.startWith("permit-issue-accepted");
        FinishViewModel finish = desk.finish(session, true);
        finish.printLanguageProperty().set("kk");

        finish.accept();

        PrintedForm form = desk.store.printedForms().list(session.draftId().get()).get(0);
        assertThat(form.lang()).isEqualTo("kk");
        assertThat(text(desk.store.printedForms().content(form.id()))).contains("ҮЛГІ");
    }

    @Test
    void p28_terminationNoticeIsAcceptedAndPrintsApp6() {
        IntakeSession session = desk.startWith("permit-termination-accepted");
        FinishViewModel finish = desk.finish(session, false);

        finish.accept();

        assertThat(desk.store.printedForms().list(session.draftId().get())).extracting(PrintedForm::formId)
                .containsExactly("permit-app6");
        assertThat(desk.store.outbox().pending(10)).hasSize(1);
    }

    @Test
    void nextApplicantEndsTheSessionOnlyOnceItIsFinished() {
        IntakeSession session = desk.startWith("permit-issue-accepted");
        FinishViewModel finish = desk.finish(session, false);

        finish.nextApplicant();
        assertThat(session.finished().get()).isFalse();
        finish.accept();
        finish.nextApplicant();

        assertThat(session.finished().get()).isTrue();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
