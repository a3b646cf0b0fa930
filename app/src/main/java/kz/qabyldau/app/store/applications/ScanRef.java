package kz.qabyldau.app.store.applications;

/**
 * A stored scanned copy. Put its {@code sha256} into the {@code scans} list of the application's
 * {@link kz.qabyldau.forms.application.PresentedDocument}.
 *
 * @param sha256    lower-case hex SHA-256 of the bytes: the scan's identity (the same bytes are stored once)
 * @param mediaType {@code application/pdf}, {@code image/jpeg} or {@code image/png}, from the bytes themselves
 * @param size      in bytes
 * @param fileName  the file name it was first stored from ('' if none)
 */
public record ScanRef(String sha256, String mediaType, long size, String fileName) {
}
