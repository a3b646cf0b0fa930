package kz.qabyldau.app.store.synthetic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The made-up names of {@code qabyldau/synthetic/names.json} (resources module): data, not code. */
record SyntheticNames(Map<String, NameList> applicants, NameList employers, List<String> streets,
                      List<String> professions) {

    static final String RESOURCE = "/qabyldau/synthetic/names.json";

    /** Surnames (as for a man) and given names of one country. */
    record NameList(List<String> surnames, List<String> male, List<String> female) {
    }

    static SyntheticNames load() {
        try (InputStream in = SyntheticNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the resources jar");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, NameList> applicants = new LinkedHashMap<>();
            root.path("applicants").fields().forEachRemaining(e -> applicants.put(e.getKey(), list(e.getValue())));
            return new SyntheticNames(applicants, list(root.path("employers")), strings(root.path("streets")),
                    strings(root.path("professions")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static NameList list(JsonNode n) {
        return new NameList(strings(n.path("surnames")), strings(n.path("male")), strings(n.path("female")));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return List.copyOf(out);
    }
}
