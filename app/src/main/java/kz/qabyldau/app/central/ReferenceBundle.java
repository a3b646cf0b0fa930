package kz.qabyldau.app.central;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A reference-data update as the protocol delivers it (section 3.5, "Reference-data update"): whole files, laid out
 * like the resources jar's {@code /qabyldau/}, applied all or nothing by the workstation.
 *
 * @param bundle        the bundle's id; publishing the same id twice changes nothing
 * @param effectiveFrom the earliest day a new version inside takes effect (informative)
 */
public record ReferenceBundle(String bundle, LocalDate effectiveFrom, String description, List<File> files) {

    private static final Pattern PATH = Pattern.compile(
            "(reference/[a-z0-9-]+\\.json|reference/calendar/[a-z0-9-]+\\.json|services/[a-z0-9.-]+\\.json"
                    + "|forms/[a-z0-9.-]+\\.json)");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    /**
     * @throws IllegalArgumentException naming what is wrong: a bad id, no files, an unsafe or unknown path, a hash
     *                                  that does not match the text
     */
    public ReferenceBundle {
        if (bundle == null || !ID.matcher(bundle).matches()) {
            throw new IllegalArgumentException("bundle: an id of 1–100 characters [A-Za-z0-9._-] is required");
        }
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (files == null || files.isEmpty()) {
            throw new IllegalArgumentException("files: a bundle carries at least one file");
        }
        files = List.copyOf(files);
    }

    /**
     * One whole data file.
     *
     * @param path   relative to the data root, e.g. {@code reference/rates.json}
     * @param sha256 SHA-256 of the UTF-8 bytes of {@code text}
     */
    public record File(String path, String sha256, String text) {

        public File {
            if (path == null || !PATH.matcher(path).matches() || path.contains("..")) {
                throw new IllegalArgumentException("files: '" + path + "' is not a reference-data path "
                        + "(reference/…, reference/calendar/…, services/…, forms/… .json)");
            }
            Objects.requireNonNull(text, "text of " + path);
            String actual = hashOf(text);
            if (sha256 == null) {
                sha256 = actual;
            } else if (!sha256.equals(actual)) {
                throw new IllegalArgumentException("files: the sha256 of " + path + " does not match its text");
            }
        }

        /** A file with its hash computed. */
        public static File of(String path, String text) {
            return new File(path, null, text);
        }
    }

    static String hashOf(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
