package kz.qabyldau.app.central;

import static kz.qabyldau.app.central.CentralTestSupport.ALMATY;
import static kz.qabyldau.app.central.SyncClient.json;
import static kz.qabyldau.app.central.SyncClient.sha256;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import java.util.Arrays;

/** {@code HEAD}/{@code PUT /sync/1/scans/{sha256}}: content-addressed, resumable, verified before accepted. */
class ScanUploadTest extends OneDeskTest {

    private String received(String sha) throws Exception {
        return desk.head("sync/1/scans/" + sha).headers().firstValue("Qabyldau-Scan-Received").orElseThrow();
    }

    private String complete(String sha) throws Exception {
        return desk.head("sync/1/scans/" + sha).headers().firstValue("Qabyldau-Scan-Complete").orElseThrow();
    }

    @Test
    void anUnknownScanHoldsNothing() throws Exception {
        String sha = sha256(SyncClient.scanBytes(1, 10));

        HttpResponse<String> r = desk.head("sync/1/scans/" + sha);

        assertEquals(200, r.statusCode());
        assertEquals("0", received(sha));
        assertEquals("false", complete(sha));
    }

    @Test
    void aWholeScanIsVerifiedAndComplete() throws Exception {
        byte[] scan = SyncClient.scanBytes(1, 5000);

        HttpResponse<String> r = desk.putScan(scan);

        assertEquals(201, r.statusCode(), r.body());
        assertTrue(json(r).get("complete").asBoolean());
        assertEquals(5000, json(r).get("size").asLong());
        assertEquals("5000", received(sha256(scan)));
        assertEquals("true", complete(sha256(scan)));
    }

    @Test
    void uploadingACompleteScanAgainChangesNothing() throws Exception {
        byte[] scan = SyncClient.scanBytes(1, 100);
        desk.putScan(scan);

        HttpResponse<String> r = desk.putScan(scan);

        assertEquals(200, r.statusCode());
        assertTrue(json(r).get("complete").asBoolean());
        assertEquals(1L, central.stats().get("scans"));
    }

    @Test
    void aCutUploadResumesFromTheBytesTheServerHolds() throws Exception {
        byte[] scan = SyncClient.scanBytes(2, 2500);
        String sha = sha256(scan);
        HttpResponse<String> part = desk.putChunk(sha, scan, 0, 1000);
        assertEquals(202, part.statusCode(), part.body());

        int held = Integer.parseInt(received(sha));
        HttpResponse<String> rest = desk.putChunk(sha, scan, held, scan.length - held);

        assertEquals(1000, held);
        assertEquals(201, rest.statusCode(), rest.body());
        assertEquals("true", complete(sha));
    }

    @Test
    void aChunkNotStartingWhereTheHeldBytesEndIsARangeMismatchTellingWhereToContinue() throws Exception {
        byte[] scan = SyncClient.scanBytes(3, 3000);
        String sha = sha256(scan);
        desk.putChunk(sha, scan, 0, 1000);

        HttpResponse<String> r = desk.putChunk(sha, scan, 2000, 1000);

        assertEquals(409, r.statusCode());
        assertEquals("RANGE_MISMATCH", json(r).get("code").asText());
        assertEquals(1000, json(r).get("received").asLong());
        assertEquals("1000", received(sha));
    }

    @Test
    void aRestartFromByteZeroDropsThePartialUpload() throws Exception {
        byte[] scan = SyncClient.scanBytes(4, 3000);
        String sha = sha256(scan);
        desk.putChunk(sha, scan, 0, 2000);

        HttpResponse<String> again = desk.putChunk(sha, scan, 0, 500);

        assertEquals(202, again.statusCode());
        assertEquals("500", received(sha));
    }

    @Test
    void aScanWhoseBytesDoNotHashToItsAddressIsRefusedAndNothingIsKept() throws Exception {
        byte[] scan = SyncClient.scanBytes(5, 1500);
        byte[] tampered = scan.clone();
        tampered[700] ^= 1;
        String sha = sha256(scan);
        desk.putChunk(sha, tampered, 0, 1000);

        HttpResponse<String> r = desk.putChunk(sha, tampered, 1000, 500);

        assertEquals(422, r.statusCode());
        assertEquals("HASH_MISMATCH", json(r).get("code").asText());
        assertEquals(sha256(tampered), json(r).get("actual").asText());
        assertEquals("0", received(sha));
        assertEquals("false", complete(sha));
    }

    @Test
    void aBodyShorterThanItsRangeIsBadRangeAndKeepsNothing() throws Exception {
        byte[] scan = SyncClient.scanBytes(6, 100);
        String sha = sha256(scan);

        HttpResponse<String> r = desk.send(desk.request("sync/1/scans/" + sha)
                .header("Content-Type", "application/pdf").header("Content-Range", "bytes 0-99/100")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(Arrays.copyOf(scan, 60))).build());

        assertEquals(400, r.statusCode());
        assertEquals("BAD_RANGE", json(r).get("code").asText());
        assertEquals("0", received(sha));
    }

    @Test
    void aScanThatIsNotPdfJpegOrPngIsRefused() throws Exception {
        byte[] scan = SyncClient.scanBytes(7, 100);

        HttpResponse<String> r = desk.send(desk.request("sync/1/scans/" + sha256(scan))
                .header("Content-Type", "text/plain").PUT(HttpRequest.BodyPublishers.ofByteArray(scan)).build());

        assertEquals(415, r.statusCode());
        assertEquals("UNSUPPORTED_MEDIA_TYPE", json(r).get("code").asText());
    }

    @Test
    void anAddressThatIsNotASha256IsBadHash() throws Exception {
        HttpResponse<String> r = desk.head("sync/1/scans/NOT-A-HASH");

        assertEquals(400, r.statusCode());
    }

    @Test
    void aScanLargerThanTheLimitIsTooLarge() throws Exception {
        String sha = "ab".repeat(32);

        HttpResponse<String> r = desk.send(desk.request("sync/1/scans/" + sha)
                .header("Content-Type", "application/pdf")
                .header("Content-Range", "bytes 0-9/" + (SyncApi.MAX_SCAN_BYTES + 1L))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(new byte[10])).build());

        assertEquals(413, r.statusCode());
        assertEquals("TOO_LARGE", json(r).get("code").asText());
    }

    @Test
    void anotherOfficeSeesNothingOfThisOfficesScans() throws Exception {
        byte[] scan = SyncClient.scanBytes(8, 100);
        desk.putScan(scan);

        HttpResponse<String> r = new SyncClient(central.baseUri(), "ALM-01", ALMATY)
                .head("sync/1/scans/" + sha256(scan));

        assertEquals("0", r.headers().firstValue("Qabyldau-Scan-Received").orElseThrow());
        assertFalse(Boolean.parseBoolean(r.headers().firstValue("Qabyldau-Scan-Complete").orElseThrow()));
    }
}
