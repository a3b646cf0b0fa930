package kz.qabyldau.forms.service;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;

/** The kinds of value a definition field may hold; each kind has its own validation in the verdict. */
public enum FieldType {
    TEXT("text"),
    INTEGER("integer"),
    YEAR("year"),
    MONEY("money"),
    DATE("date"),
    BOOLEAN("boolean"),
    ENUM("enum"),
    PHONE("phone"),
    IIN("iin"),
    BIN("bin"),
    BIN_OR_IIN("binOrIin"),
    COUNTRY("country"),
    REGION("region");

    private final String code;

    FieldType(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static FieldType ofCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown field type '" + code + "'"));
    }
}
