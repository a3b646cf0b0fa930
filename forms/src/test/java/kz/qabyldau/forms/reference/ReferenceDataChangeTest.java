package kz.qabyldau.forms.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import kz.qabyldau.forms.reference.versioning.NoDataForYearException;
import kz.qabyldau.forms.reference.versioning.ReferenceDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** New data, with no code change, changes the answers; broken data is refused with the file named. */
class ReferenceDataChangeTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    private static Clock on(String day) {
        return Clock.fixed(LocalDate.parse(day).atStartOfDay(ALMATY).toInstant(), ALMATY);
    }

    private static String bundledText(String path) throws IOException {
        try (InputStream in = ReferenceSource.bundled().open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void ground7_anMciAddedToTheRatesFileIsUsedWithoutCodeChange() throws IOException {
        String rates = bundledText("rates.json").replace("\"mci\": [",
                "\"mci\": [ {\"effectiveFrom\": \"2027-01-01\", \"tenge\": 4500, \"source\": \"test\", "
                        + "\"confidence\": \"unverified\"},");
        ReferenceData updated = ReferenceData.load(
                ReferenceSource.ofTexts(Map.of("rates.json", rates)).overriding(ReferenceSource.bundled()));

        assertThat(updated.mci(2027)).isEqualTo(4500);
        assertThat(updated.mci(2026)).isEqualTo(4325);
    }

    @Test
    void aCalendarYearAddedAsFilesBecomesKnown(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("calendar"));
        Files.writeString(dir.resolve("calendar/years.json"), "{\"years\": [2026, 2028]}");
        Files.writeString(dir.resolve("calendar/2028.json"), "[{\"effectiveFrom\": \"2026-01-01\", "
                + "\"source\": \"test\", \"confidence\": \"unverified\", \"year\": 2028, "
                + "\"movableHolidays\": [], \"transfers\": []}]");
        ReferenceData updated = ReferenceData.load(
                ReferenceSource.directory(dir).overriding(ReferenceSource.bundled()), on("2026-11-22"));

        assertThat(updated.calendar().years()).containsExactly(2026, 2028);
        // 1-2 Jan 2028 are Saturday and Sunday: both carried over, to Monday 3 and Tuesday 4.
        assertThat(updated.calendar().daysOff(2028)).startsWith(
                LocalDate.of(2028, 1, 1), LocalDate.of(2028, 1, 2), LocalDate.of(2028, 1, 3),
                LocalDate.of(2028, 1, 4), LocalDate.of(2028, 1, 7));
        assertThatThrownBy(() -> updated.calendar().isWorkingDay(LocalDate.of(2027, 6, 1)))
                .isInstanceOf(NoDataForYearException.class);
    }

    @Test
    void theCountryVersionInForceOnADateIsUsed() throws IOException {
        String countries = bundledText("countries.json");
        // A second edition from 2027 that adds Kazakhstan's neighbour Turkmenistan to the eligible list.
        String edition2027 = countries.substring(countries.indexOf('{'), countries.lastIndexOf('}') + 1)
                .replace("\"effectiveFrom\": \"2024-01-01\"", "\"effectiveFrom\": \"2027-01-01\"")
                .replace("[\"AZE\",", "[\"TKM\", \"AZE\",");
        String twoEditions = "[" + countries.substring(countries.indexOf('{'), countries.lastIndexOf('}') + 1)
                + ",\n" + edition2027 + "]";
        ReferenceData updated = ReferenceData.load(ReferenceSource.ofTexts(Map.of("countries.json", twoEditions))
                .overriding(ReferenceSource.bundled()), on("2026-12-31"));

        assertThat(updated.country("TKM").orElseThrow().permitEligible()).isFalse();
        assertThat(updated.country("TKM", LocalDate.of(2027, 1, 1)).orElseThrow().permitEligible()).isTrue();
        assertThat(updated.country("TKM", LocalDate.of(2026, 12, 31)).orElseThrow().permitEligible()).isFalse();
    }

    @Test
    void aVersionWithoutConfidenceIsRefusedNamingTheFile() throws IOException {
        String regions = bundledText("regions.json").replace("\"confidence\": \"medium\",", "");
        ReferenceSource broken = ReferenceSource.ofTexts(Map.of("regions.json", regions))
                .overriding(ReferenceSource.bundled());

        assertThatThrownBy(() -> ReferenceData.load(broken))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageStartingWith("regions.json");
    }

    @Test
    void aProfessionListedTwiceIsRefusedNamingTheFile() throws IOException {
        String professions = bundledText("professions.json").replace("\"code\": \"cook\"", "\"code\": \"nanny\"");
        ReferenceSource broken = ReferenceSource.ofTexts(Map.of("professions.json", professions))
                .overriding(ReferenceSource.bundled());

        assertThatThrownBy(() -> ReferenceData.load(broken))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageStartingWith("professions.json")
                .hasMessageContaining("nanny listed twice");
    }

    @Test
    void anUnknownConfidenceMarkIsRefused() throws IOException {
        String rates = bundledText("rates.json").replace("\"confidence\": \"medium\"", "\"confidence\": \"sure\"");
        ReferenceSource broken = ReferenceSource.ofTexts(Map.of("rates.json", rates))
                .overriding(ReferenceSource.bundled());

        assertThatThrownBy(() -> ReferenceData.load(broken))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageStartingWith("rates.json")
                .hasMessageContaining("sure");
    }

    @Test
    void aMemberListNamingAnUnknownCountryIsRefused() throws IOException {
        String countries = bundledText("countries.json").replace("[\"AZE\",", "[\"XYZ\", \"AZE\",");
        ReferenceSource broken = ReferenceSource.ofTexts(Map.of("countries.json", countries))
                .overriding(ReferenceSource.bundled());

        assertThatThrownBy(() -> ReferenceData.load(broken))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("XYZ");
    }

    @Test
    void aMissingFileIsRefusedNamingIt(@TempDir Path empty) {
        assertThatThrownBy(() -> ReferenceData.load(ReferenceSource.directory(empty)))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageStartingWith("countries.json");
    }

    @Test
    void aTransferToAWeekdayThatIsAlreadyWorkedIsRefused() throws IOException {
        String year2026 = bundledText("calendar/2026.json").replace("\"transfers\": []",
                "\"transfers\": [{\"workingDay\": \"2026-03-04\", \"dayOff\": \"2026-03-06\"}]");
        ReferenceSource broken = ReferenceSource.ofTexts(Map.of("calendar/2026.json", year2026))
                .overriding(ReferenceSource.bundled());

        assertThatThrownBy(() -> ReferenceData.load(broken))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageStartingWith("calendar/2026.json")
                .hasMessageContaining("2026-03-04");
    }
}
