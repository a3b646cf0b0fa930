package kz.qabyldau.forms.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The scanned copies of a document travel in the application JSON as their SHA-256 hashes. */
class PresentedDocumentScansTest {

    private static final String PASSPORT_SCAN = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void scansAreReadAsTheListOfHashes() throws ApplicationFormatException {
        Application a = ApplicationJson.read("""
                {"format": "qabyldau.application/1", "service": "permit.issue",
                 "documents": [{"type": "passport", "validUntil": "2030-12-31", "scans": ["%s"]}]}
                """.formatted(PASSPORT_SCAN));

        assertThat(a.document("passport").orElseThrow().scans()).containsExactly(PASSPORT_SCAN);
    }

    @Test
    void aDocumentWithoutScansHasAnEmptyList() throws ApplicationFormatException {
        Application a = ApplicationJson.read("""
                {"format": "qabyldau.application/1", "service": "permit.issue",
                 "documents": [{"type": "passport"}]}
                """);

        assertThat(a.document("passport").orElseThrow().scans()).isEmpty();
    }

    @Test
    void scansSurviveAWriteAndReadInTheirOrder() throws ApplicationFormatException {
        PresentedDocument passport = new PresentedDocument("passport", true, null, null, null, null,
                List.of(PASSPORT_SCAN, "0".repeat(64)));
        Application a = new Application(Application.FORMAT, null, "permit.issue", null, "kk", null, List.of(passport),
                null);

        String json = ApplicationJson.write(a);

        assertThat(json).contains("\"scans\"").contains(PASSPORT_SCAN);
        assertThat(ApplicationJson.read(json).document("passport").orElseThrow().scans())
                .containsExactly(PASSPORT_SCAN, "0".repeat(64));
    }
}
