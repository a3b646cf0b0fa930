package kz.qabyldau.forms.service;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;

/** The kinds of document validity rule the verdict knows how to judge (App. 2 of each set of rules). */
public enum ValidityKind {
    /** Issued not more than {@code months} before the filing day (medical certificate 028/E). */
    ISSUED_WITHIN("issuedWithin"),
    /** A state-border crossing mark not older than {@code months} (passport). */
    BORDER_CROSSING_WITHIN("borderCrossingWithin"),
    /** Still valid on the filing day. */
    NOT_EXPIRED("notExpired"),
    /** Valid for the whole requested period (insurance). */
    COVERS_REQUESTED_PERIOD("coversRequestedPeriod");

    private final String code;

    ValidityKind(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static ValidityKind ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown validity rule '" + code + "'"));
    }
}
