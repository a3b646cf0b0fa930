package kz.qabyldau.app.ui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.i18n.Language;
import kz.qabyldau.forms.application.PresentedDocument;

/**
 * What the desk already knows is not typed again (issue #13): the birth year from the IIN and the country of
 * residence from the citizenship are filled into empty fields; the household address, the expected prepayment and
 * the names in Cyrillic are offered in their empty fields and taken with one key; the passport's expiry read from
 * its zone is the passport's "valid until". Whatever the clerk typed stands.
 */
class KnownValuesTest {

    @TempDir
    Path folder;

    private IntakeFixture fixture;
    private IntakeSession session;
    private FieldOffers offers;

    @BeforeEach
    void open() {
        fixture = new IntakeFixture(folder);
        session = fixture.start("permit.issue");
        offers = new FieldOffers(session, new PlaceNames(IntakeFixture.REFERENCE), fixture.i18n);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theEmployersBirthYearComesFromTheIinAndFollowsAnotherIinButNotOverATypedYear() {
        session.setField("employer.iin", "90010140001"); // eleven digits: not an IIN yet
        assertThat(session.field("employer.birthYear")).isNull();

        session.setField("employer.iin", "900101400013");
        assertThat(session.field("employer.birthYear")).isEqualTo(1990L);

        session.setField("employer.iin", "850315300019");
        assertThat(session.field("employer.birthYear")).as("follows the IIN it came from").isEqualTo(1985L);

        session.setField("employer.birthYear", 1986L);
        session.setField("employer.iin", "900101400013");
        assertThat(session.field("employer.birthYear")).as("typed by the clerk").isEqualTo(1986L);
    }

    @Test
    void theCountryOfResidenceDefaultsToTheCitizenshipReadFromThePassport() {
        MrzReader reader = new MrzReader(session, fixture.clock, fixture.i18n);

        reader.read(IntakeFixture.PASSPORT_LINE_1 + "\n" + IntakeFixture.PASSPORT_LINE_2);

        assertThat(session.field("applicant.citizenship")).isEqualTo("UZB");
        assertThat(session.field("applicant.abroad.country")).isEqualTo("UZB");
        // Emptied by the clerk, it stays empty while the citizenship does not change; typed, it stands.
        session.setField("applicant.abroad.country", null);
        session.setField("applicant.abroad.address", "Ташкент, Чиланзар 5");
        assertThat(session.field("applicant.abroad.country")).isNull();
        session.setField("applicant.abroad.country", "TJK");
        session.setField("applicant.citizenship", "KGZ");
        assertThat(session.field("applicant.abroad.country")).isEqualTo("TJK");
    }

    @Test
    void aCitizenshipStillBeingTypedIsNotCopied() {
        session.setField("applicant.citizenship", "Узб");

        assertThat(session.field("applicant.abroad.country")).isNull();
    }

    @Test
    void thePassportsExpiryFromItsZoneIsThePassportsValidUntil() {
        new MrzReader(session, fixture.clock, fixture.i18n)
                .read(IntakeFixture.PASSPORT_LINE_1 + "\n" + IntakeFixture.PASSPORT_LINE_2);

        PresentedDocument passport = session.application().get().document("passport").orElseThrow();
        assertThat(passport.validUntil()).hasToString("2030-02-01");
    }

    @Test
    void theTemporaryAddressIsOfferedAsTheHouseholdAddressAndTakenWithOneKey() {
        assertThat(offers.offerProperty(FieldOffers.KZ_ADDRESS).get()).isEmpty();
        session.setFields(Map.of("household.region", "710000000", "household.locality", "Астана",
                "household.street", "Кенесары", "household.house", "40", "household.flat", "12"));

        FieldOffers.Offer offer = offers.offerProperty(FieldOffers.KZ_ADDRESS).get().orElseThrow();
        // The city of Astana is not said twice.
        assertThat(offer.values()).containsExactly(Map.entry("applicant.kzAddress", "Астана, Кенесары 40, кв. 12"));
        assertThat(offer.text()).startsWith("Тот же, что адрес хозяйства: Астана, Кенесары 40, кв. 12.")
                .contains("Enter");

        assertThat(offers.take(FieldOffers.KZ_ADDRESS)).isTrue();
        assertThat(session.field("applicant.kzAddress")).isEqualTo("Астана, Кенесары 40, кв. 12");
        assertThat(offers.offerProperty(FieldOffers.KZ_ADDRESS).get()).as("the field has a value").isEmpty();
        assertThat(offers.take(FieldOffers.KZ_ADDRESS)).isFalse();
    }

    @Test
    void aHouseholdInARegionNamesTheRegionAndTheOfferSpeaksTheClerksLanguage() {
        fixture.i18n.languageProperty().set(Language.KK);
        session.setFields(Map.of("household.region", "190000000", "household.locality", "Қаскелең",
                "household.street", "Абылай хан", "household.house", "5"));

        assertThat(offers.offerProperty(FieldOffers.KZ_ADDRESS).get().orElseThrow().values())
                .containsEntry("applicant.kzAddress", "Алматы облысы, Қаскелең, Абылай хан 5");
        assertThat(offers.offerProperty(FieldOffers.KZ_ADDRESS).get().orElseThrow().text())
                .startsWith("Үй шаруашылығының мекенжайымен бірдей");
    }

    @Test
    void aTypedTemporaryAddressIsNotReplaced() {
        session.setFields(Map.of("household.locality", "Астана", "household.street", "Кенесары",
                "household.house", "40"));
        session.setField("applicant.kzAddress", "Астана, Сарыарқа 3");

        assertThat(offers.offerProperty(FieldOffers.KZ_ADDRESS).get()).isEmpty();
        assertThat(offers.take(FieldOffers.KZ_ADDRESS)).isFalse();
        assertThat(session.field("applicant.kzAddress")).isEqualTo("Астана, Сарыарқа 3");
    }

    @Test
    void theExpectedPrepaymentIsOfferedForTheMonthsAskedAndTakenWithoutAWarning() {
        assertThat(offers.offerProperty(FieldOffers.AMOUNT).get()).as("no months yet").isEmpty();
        session.setField("request.months", 6L);

        FieldOffers.Offer offer = offers.offerProperty(FieldOffers.AMOUNT).get().orElseThrow();
        // 6 months × 4 MCI × 4 325 ₸ (2026): the rates are reference data.
        assertThat(offer.values()).containsExactly(Map.entry("prepayment.amount", new BigDecimal("103800")));
        assertThat(offer.text()).contains("103\u00a0800\u00a0₸").contains("6 мес.");

        offers.take(FieldOffers.AMOUNT);
        session.setField("prepayment.paidOn", "2026-02-27");
        assertThat(session.verdict().get().warnings()).extracting(w -> w.code()).doesNotContain("PREPAYMENT_AMOUNT");
        assertThat(offers.offerProperty(FieldOffers.AMOUNT).get()).isEmpty();
    }

    @Test
    void theNamesFromThePassportAreOfferedInCyrillicOnceTheZoneIsRead() {
        MrzReader reader = new MrzReader(session, fixture.clock, fixture.i18n);
        reader.lastReadProperty().addListener((o, a, read) -> offers.passportRead(read));
        assertThat(offers.offerProperty(FieldOffers.SURNAME).get()).isEmpty();

        reader.read(IntakeFixture.PASSPORT_LINE_1 + "\n" + IntakeFixture.PASSPORT_LINE_2);

        FieldOffers.Offer offer = offers.offerProperty(FieldOffers.SURNAME).get().orElseThrow();
        assertThat(offer.values()).containsEntry("applicant.surname", "Каримов")
                .containsEntry("applicant.givenNames", "Алишер");
        assertThat(offer.text()).contains("Каримов Алишер");
        assertThat(offers.take(FieldOffers.SURNAME)).isTrue();
        assertThat(session.field("applicant.surname")).isEqualTo("Каримов");
        assertThat(session.field("applicant.givenNames")).isEqualTo("Алишер");
        // Corrected like anything typed.
        session.setField("applicant.givenNames", "Алишэр");
        assertThat(session.field("applicant.givenNames")).isEqualTo("Алишэр");
    }

    @Test
    void theCyrillicSpellingReadsTheReferenceTableBackwards() {
        CyrillicNames names = new CyrillicNames(IntakeFixture.REFERENCE.transliteration());

        assertThat(names.of("TOSHEV")).isEqualTo("Тошев");
        assertThat(names.of("KHODZHAEV")).isEqualTo("Ходжаев");
        assertThat(names.of("SHCHERBAKOVA")).isEqualTo("Щербакова");
        assertThat(names.of("MARIIA ANNA-LIZA")).isEqualTo("Мария Анна-Лиза");
        assertThat(names.of("W")).as("no Cyrillic spelling: nothing offered").isEmpty();
    }

    @Test
    void aFrozenApplicationOffersNothing() {
        session.setField("request.months", 6L);
        session.freeze();

        assertThat(offers.offerProperty(FieldOffers.AMOUNT).get()).isEmpty();
        assertThat(offers.take(FieldOffers.AMOUNT)).isFalse();
    }
}
