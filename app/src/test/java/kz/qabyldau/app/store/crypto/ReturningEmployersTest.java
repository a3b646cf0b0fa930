package kz.qabyldau.app.store.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.StoreException;
import kz.qabyldau.app.store.applications.ApplicationStatus;
import kz.qabyldau.app.store.applications.ApplicationStore;
import kz.qabyldau.app.store.applications.StoredApplication;
import kz.qabyldau.forms.application.Application;

/**
 * A returning employer is found by the employer's IIN among what the office accepted: the newest such
 * application, never a draft, the application being typed, or one where the IIN is the applicant's; in an
 * encrypted office only with the key open.
 */
class ReturningEmployersTest {

    static final String EMPLOYER = "900101400013";

    @TempDir
    Path temp;

    @Test
    void theNewestAcceptedApplicationOfTheEmployerIsFoundAndNothingElse() {
        try (Database db = Database.open(DataFolder.at(temp.resolve("plain"), false))) {
            ApplicationStore store = ApplicationStore.open(db, false);
            StoredApplication older = accepted(db, store, "Ахметова", EMPLOYER, "");
            StoredApplication newer = accepted(db, store, "Ахметова-Сейіт", EMPLOYER, "");
            StoredApplication typed = saved(store, "Ахметова-жаңа", EMPLOYER, "");
            // The newest of all with this IIN, but as the applicant's: not an employer's application.
            accepted(db, store, "Бекова", "880202300456", EMPLOYER);

            Optional<StoredApplication> found = store.returningEmployers().latest(EMPLOYER, Optional.of(typed.id()));

            assertThat(found).map(StoredApplication::id).contains(newer.id());
            assertThat(found.get().application().field("employer.surname")).contains("Ахметова-Сейіт");
            assertThat(store.returningEmployers().latest(EMPLOYER, Optional.of(newer.id())))
                    .map(StoredApplication::id).contains(older.id());
            assertThat(store.returningEmployers().latest("770303300789", Optional.empty())).isEmpty();
            assertThat(store.returningEmployers().latest("9001014", Optional.empty())).isEmpty();
        }
    }

    @Test
    void anEncryptedOfficeOffersTheEmployerOnlyWithItsKeyOpen() {
        try (Database db = Database.open(DataFolder.at(temp.resolve("sealed"), false))) {
            DataKeyKeeper keys = DataKeyKeeper.attach(db, DataKeyKeeperTest.TEST_COST, Clock.systemUTC());
            keys.establish("admin", "pw".toCharArray());
            ApplicationStore store = ApplicationStore.open(db, false);
            StoredApplication earlier = accepted(db, store, "Ахметова", EMPLOYER, "");

            assertThat(store.returningEmployers().latest(EMPLOYER, Optional.empty()))
                    .map(a -> a.application().field("employer.address").orElseThrow())
                    .contains("Астана, Кенесары 40, 12");

            keys.lock();
            assertThatThrownBy(() -> store.returningEmployers().latest(EMPLOYER, Optional.empty()))
                    .isInstanceOf(StoreException.class)
                    .extracting(e -> ((StoreException) e).messageKey()).isEqualTo(StoreException.KEY_LOCKED);
            assertThat(keys.open("admin", "pw".toCharArray())).isTrue();
            assertThat(store.returningEmployers().latest(EMPLOYER, Optional.empty())).map(StoredApplication::id)
                    .contains(earlier.id());
        }
    }

    private static StoredApplication saved(ApplicationStore store, String employerSurname, String employerIin,
                                           String applicantIin) {
        StoredApplication d = store.drafts().create("permit.issue", "A-1", "Dana");
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("applicant.surname", "Каримов");
        fields.put("applicant.document.number", "FA1234567");
        fields.put("applicant.iin", applicantIin);
        fields.put("employer.surname", employerSurname);
        fields.put("employer.givenNames", "Айгүл");
        fields.put("employer.iin", employerIin);
        fields.put("employer.birthYear", 1990);
        fields.put("employer.address", "Астана, Кенесары 40, 12");
        fields.put("household.street", "Кенесары");
        store.drafts().save(d.id(), new Application(Application.FORMAT, d.id().toString(), d.service(), null, "ru",
                fields, List.of(), List.of()), 1, Duration.ZERO);
        return d;
    }

    private static StoredApplication accepted(Database db, ApplicationStore store, String employerSurname,
                                              String employerIin, String applicantIin) {
        StoredApplication d = saved(store, employerSurname, employerIin, applicantIin);
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE application SET status = ? WHERE id = ?")) {
                st.setString(1, ApplicationStatus.QUEUED.name());
                st.setString(2, d.id().toString());
                st.executeUpdate();
            }
            return null;
        });
        return d;
    }
}
