package kz.qabyldau.app.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.applications.ApplicationStore;
import kz.qabyldau.app.store.applications.Scans;
import kz.qabyldau.app.store.applications.SearchHit;
import kz.qabyldau.app.store.synthetic.SyntheticOffice;
import kz.qabyldau.app.store.synthetic.SyntheticScans;
import kz.qabyldau.app.ui.LoggingReset;

/**
 * The Search page on the real window (Ctrl+5) over generated applications in every state: each kind of query
 * typed in the field finds its application, Enter goes to the results and Enter opens the record read-only.
 */
class SearchPageTest {

    @TempDir
    Path dataDir;

    private Desk desk;

    @AfterEach
    void stop() throws TimeoutException {
        if (desk != null) {
            desk.stop();
        }
        LoggingReset.restoreDefault();
    }

    @Test
    void everyKindOfQueryIsAnsweredAndEnterOpensTheRecord() throws TimeoutException {
        desk = new Desk(dataDir);
        desk.configureOffice("ru");
        List<SyntheticOffice.Identity> people = generate(dataDir, 80);
        SyntheticOffice.Identity p = people.stream().filter(i -> !i.iin().isEmpty() && !i.permitNumber().isEmpty())
                .findFirst().orElseThrow();
        desk.start();
        desk.robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT5).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        // The surname's beginning in Cyrillic in any case and in Latin letters (the reference transliteration, as a
        // clerk on a Latin layout types it), and the given name's beginning, read from the first answer.
        Map<Character, String> letters = Desk.REFERENCE.transliteration().letters();
        String latin = p.surname().substring(0, 4).toUpperCase(Locale.ROOT).chars()
                .mapToObj(c -> letters.getOrDefault((char) c, String.valueOf((char) c))).reduce("", String::concat);
        String given = givenNameOf(p);
        for (String query : List.of(p.iin(), p.passportNumber(), p.permitNumber(), p.reference(), p.ticket(),
                p.surname().substring(0, 4).toLowerCase(Locale.ROOT),
                p.surname().substring(0, 3).toUpperCase(Locale.ROOT),
                latin.charAt(0) + latin.substring(1).toLowerCase(Locale.ROOT), given.substring(0, 3))) {
            desk.robot.interact(() -> desk.robot.lookup("#search-query").queryAs(TextField.class).clear());
            desk.robot.clickOn("#search-query");
            desk.robot.write(query);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table().getItems().isEmpty()
                    && desk.robot.lookup("#search-summary").queryAs(Label.class).getText().startsWith("Найдено"));
            assertThat(table().getItems()).as(query).anySatisfy(h -> assertThat(h.applicantName())
                    .startsWith(p.surname()));
        }

        desk.robot.interact(() -> desk.robot.lookup("#search-query").queryAs(TextField.class).clear());
        desk.robot.clickOn("#search-query");
        desk.robot.write(p.permitNumber());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table().getItems().size() == 1);
        desk.robot.type(KeyCode.ENTER);
        desk.robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> desk.robot.lookup("#search-record-title").tryQuery().isPresent());
        assertThat(desk.robot.lookup("#search-record-title").queryAs(Label.class).getText()).contains(p.surname());
        assertThat(desk.robot.lookup("#search-decision").tryQuery()).isPresent();
        assertThat(desk.robot.lookup("#search-history").tryQuery()).isPresent();

        desk.robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table().isVisible());
    }

    /** The person's given name as the office's search shows it (the applicant's name after the surname). */
    private String givenNameOf(SyntheticOffice.Identity p) throws TimeoutException {
        desk.robot.interact(() -> desk.robot.lookup("#search-query").queryAs(TextField.class).clear());
        desk.robot.clickOn("#search-query");
        desk.robot.write(p.iin());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table().getItems().isEmpty());
        String name = table().getItems().stream().map(SearchHit::applicantName)
                .filter(n -> n.startsWith(p.surname())).findFirst().orElseThrow();
        return name.substring(p.surname().length()).strip();
    }

    private TableView<SearchHit> table() {
        @SuppressWarnings("unchecked")
        TableView<SearchHit> t = desk.robot.lookup("#search-table").queryAs(TableView.class);
        return t;
    }

    /** What {@code qabyldau generate} writes, straight into the office database before the window opens. */
    static List<SyntheticOffice.Identity> generate(Path dataDir, int count) {
        try (Database db = Database.open(DataFolder.at(dataDir, false))) {
            ApplicationStore store = ApplicationStore.open(db, false);
            List<String> scans = new ArrayList<>();
            for (byte[] png : SyntheticScans.images(2, 3)) {
                scans.add(store.scans().put(png, Scans.PNG, "synthetic.png").sha256());
            }
            List<SyntheticOffice.Generated> made = new SyntheticOffice(3, LocalDate.now(), scans).next(count);
            store.bulkImport().write(made.stream().map(SyntheticOffice.Generated::application).toList());
            store.endSession();
            return made.stream().map(SyntheticOffice.Generated::identity).toList();
        }
    }
}
