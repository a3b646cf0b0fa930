package kz.qabyldau.app.ui.intake.finish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.print.PaperDelivery;
import kz.qabyldau.app.print.PrintEnvironment;
import kz.qabyldau.app.print.PrinterChoiceStore;
import kz.qabyldau.app.settings.OfficeSettings;
import kz.qabyldau.app.store.AuditActions;
import kz.qabyldau.app.store.AuditLog;
import kz.qabyldau.app.ui.common.TaskExecutor;
import kz.qabyldau.forms.print.FormRenderer;

/**
 * The earlier-permit lookup of an extension or duplicate is a search of people's records: it is recorded under the
 * operator signed in now, not under the clerk's name last typed in Settings (the Workbench used to take that one).
 */
class EarlierPermitAuditTest {

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
    void theLookupIsAuditedUnderTheSignedInOperator() {
        // Settings still name "Айгүл Сейітова"; the operator signed in is another person.
        OfficeSettings asOperator = desk.office.withClerkName("Данияр Омаров");
        IntakeSteps steps = new IntakeSteps(desk.store, new IntakeForms(new FormRenderer()),
                new PaperDelivery(PrintEnvironment.saveOnly(), PrinterChoiceStore.inMemory(), desk.printedFolder,
                        desk.clock), TaskExecutor.callingThread(), desk.dialogs, desk.i18n, () -> asOperator, false);

        assertThat(steps.earlierPermits("KZ-710000-2026-000123")).isEmpty();

        AuditLog.Entry entry = desk.store.audit().latest(1).get(0);
        assertThat(entry.action()).isEqualTo(AuditActions.SEARCHED);
        assertThat(entry.clerk()).isEqualTo("Данияр Омаров").isNotEqualTo(desk.office.clerkName());
    }
}
