package kz.qabyldau.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The canonical JSON a submission's signature covers (docs/sync-protocol.md, 3.3). */
class CanonicalJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String canonical(String json) throws Exception {
        return new String(CanonicalJson.bytes(JSON.readTree(json)), StandardCharsets.UTF_8);
    }

    @Test
    void keyOrderAndWhitespaceDoNotMatter() throws Exception {
        String a = canonical("{ \"b\": [1, 2, {\"y\": true, \"x\": null}], \"a\": \"Қ\" }");
        String b = canonical("{\"a\":\"Қ\",\"b\":[1,2,{\"x\":null,\"y\":true}]}");

        assertThat(a).isEqualTo(b).isEqualTo("{\"a\":\"Қ\",\"b\":[1,2,{\"x\":null,\"y\":true}]}");
    }

    @Test
    void stringsAreEscapedOnlyWhereJsonMust() throws Exception {
        assertThat(canonical("[\"q\\\"b\\\\n\\n\\t\\u0001/é\\u2028\"]"))
                .isEqualTo("[\"q\\\"b\\\\n\\n\\t\\u0001/é\u2028\"]");
    }

    @Test
    void numbersArePlainWithoutTrailingZeros() throws Exception {
        assertThat(canonical("[12.50, 2.0, 1e3, 0.0001, -0.0, 123456789012345678901234567890]"))
                .isEqualTo("[12.5,2,1000,0.0001,0,123456789012345678901234567890]");
    }

    @Test
    void aChangedValueChangesTheBytes() throws Exception {
        assertThat(canonical("{\"ticket\":\"A-017\"}")).isNotEqualTo(canonical("{\"ticket\":\"A-018\"}"));
    }
}
