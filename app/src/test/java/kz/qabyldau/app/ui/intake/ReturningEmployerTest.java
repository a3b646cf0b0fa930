package kz.qabyldau.app.ui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.store.StoreException;
import kz.qabyldau.app.ui.common.TaskExecutor;

/**
 * The returning-employer offer: a valid employer IIN the office has accepted an application for offers that
 * employer's name, birth year, addresses and agreement-of-intent document (never the applicant's or the
 * request's data); taking it is one change and can be corrected; a locked store offers nothing.
 */
class ReturningEmployerTest {

    static final String IIN = "900101400013";

    @TempDir
    Path folder;

    private IntakeFixture fixture;
    private final List<String> looked = new ArrayList<>();

    @BeforeEach
    void open() {
        fixture = new IntakeFixture(folder);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** An accepted application of the employer, as the desk stores one. */
    private void earlierApplication() {
        IntakeSession earlier = fixture.start("permit.issue");
        earlier.setFields(Map.ofEntries(Map.entry("applicant.surname", "Каримов"),
                Map.entry("applicant.document.number", "FA1234567"), Map.entry("applicant.document.issuedBy", "МВД"),
                Map.entry("employer.surname", "Ахметова"), Map.entry("employer.givenNames", "Айгүл"),
                Map.entry("employer.iin", IIN), Map.entry("employer.birthYear", 1990),
                Map.entry("employer.address", "Астана, Кенесары 40, 12"), Map.entry("household.region", "710000000"),
                Map.entry("household.street", "Кенесары"), Map.entry("employer.document.number", "045678912"),
                Map.entry("employer.document.issuedBy", "ҚР ІІМ"), Map.entry("request.salary", 150000),
                Map.entry("consent.employerPersonalData", true)));
        earlier.flush();
        fixture.database.write(c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE application SET status = 'QUEUED' WHERE id = ?")) {
                st.setString(1, earlier.draftId().get().toString());
                st.executeUpdate();
            }
            return null;
        });
    }

    private ReturningEmployer offerFor(IntakeSession session) {
        return new ReturningEmployer(session, (iin, except) -> {
            looked.add(iin);
            return fixture.store.returningEmployers().latest(iin, except);
        }, TaskExecutor.callingThread(), fixture.i18n);
    }

    @Test
    void aKnownEmployersDataIsOfferedAndTakenAsOneChange() {
        earlierApplication();
        IntakeSession session = fixture.start("permit.issue");
        ReturningEmployer employer = offerFor(session);

        session.setField("employer.iin", "90010140001");
        assertThat(employer.offerProperty().get()).isEmpty();
        session.setField("employer.iin", IIN);

        ReturningEmployer.Offer offer = employer.offerProperty().get().orElseThrow();
        assertThat(offer.text()).contains("Ахметова Айгүл").contains("1990").contains("Кенесары 40");
        assertThat(offer.values()).containsKeys("employer.surname", "employer.givenNames", "employer.birthYear",
                "employer.address", "household.region", "household.street", "employer.document.number",
                "employer.document.issuedBy").doesNotContainKeys("employer.iin", "applicant.surname",
                "applicant.document.issuedBy", "request.salary", "consent.employerPersonalData");
        long before = session.version().get();

        assertThat(employer.take()).isTrue();

        assertThat(session.field("employer.surname")).isEqualTo("Ахметова");
        assertThat(session.field("household.region")).isEqualTo("710000000");
        assertThat(session.field("employer.document.number")).isEqualTo("045678912");
        assertThat(session.field("applicant.surname")).isNull();
        assertThat(session.field("request.salary")).isNull();
        assertThat(employer.offerProperty().get()).isEmpty();
        assertThat(employer.take()).isFalse();
        // Corrected like anything typed.
        session.setField("employer.address", "Астана, Кенесары 42");
        assertThat(session.field("employer.address")).isEqualTo("Астана, Кенесары 42");
        assertThat(session.version().get()).isGreaterThanOrEqualTo(before);
        assertThat(looked).containsExactly(IIN);
    }

    @Test
    void anUnknownEmployerOrTheApplicationItselfOffersNothing() {
        IntakeSession session = fixture.start("permit.issue");
        ReturningEmployer employer = offerFor(session);
        session.setField("employer.surname", "Ахметова");

        session.setField("employer.iin", IIN);
        session.flush();

        assertThat(employer.offerProperty().get()).isEmpty();
        assertThat(employer.take()).isFalse();
        assertThat(session.field("employer.surname")).isEqualTo("Ахметова");
    }

    @Test
    void aLockedStoreOffersNothingAndTheClerkTypesOn() {
        IntakeSession session = fixture.start("permit.issue");
        ReturningEmployer employer = new ReturningEmployer(session, (iin, except) -> {
            throw new StoreException(StoreException.KEY_LOCKED, folder, "locked", null);
        }, TaskExecutor.callingThread(), fixture.i18n);

        session.setField("employer.iin", IIN);

        assertThat(employer.offerProperty().get()).isEmpty();
        assertThat(fixture.dialogs.shown()).isEmpty();
    }

    @Test
    void escapeLeavesTheOfferAndAnotherIinLooksAgain() {
        earlierApplication();
        IntakeSession session = fixture.start("permit.issue");
        ReturningEmployer employer = offerFor(session);
        session.setField("employer.iin", IIN);
        assertThat(employer.offerProperty().get()).isPresent();

        employer.dismiss();

        assertThat(employer.offerProperty().get()).isEmpty();
        assertThat(employer.take()).isFalse();
        assertThat(session.field("employer.surname")).isNull();
        assertThat(ReturningEmployer.appliesTo(session.serviceDefinition().get())).isTrue();
        assertThat(ReturningEmployer.appliesTo(fixture.start("qualification.issue").serviceDefinition().get()))
                .isFalse();
        assertThat(looked).containsExactly(IIN);
    }
}
