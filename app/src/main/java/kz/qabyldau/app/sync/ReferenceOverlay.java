package kz.qabyldau.app.sync;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import kz.qabyldau.forms.reference.ReferenceData;
import kz.qabyldau.forms.reference.ReferenceSource;

/**
 * The reference data the law core reads: the files received from the central service that are in force on a
 * day, over the bundled data ({@code ReferenceData.load(overlay.source(day))}). A bundle not yet effective is
 * stored but not read. Applications already accepted keep the verdict frozen with them, so an update never
 * changes how they were judged.
 */
public final class ReferenceOverlay {

    private static final String PREFIX = "reference/";

    private final SyncStore store;

    public ReferenceOverlay(SyncStore store) {
        this.store = Objects.requireNonNull(store);
    }

    /** The source for {@link ReferenceData#load(ReferenceSource)} on {@code day}. */
    public ReferenceSource source(LocalDate day) {
        return overlay(store.filesInForce(day));
    }

    /** The law core's reference data on {@code day}. */
    public ReferenceData load(LocalDate day) {
        return ReferenceData.load(source(day));
    }

    /** Files by data-root path (only {@code reference/…} ones concern ReferenceData) over the bundled data. */
    static ReferenceSource overlay(Map<String, String> files) {
        Map<String, String> reference = new HashMap<>();
        files.forEach((path, text) -> {
            if (path.startsWith(PREFIX)) {
                reference.put(path.substring(PREFIX.length()), text);
            }
        });
        return ReferenceSource.ofTexts(reference).overriding(ReferenceSource.bundled());
    }
}
