package kz.qabyldau.forms.calendar;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Why a holiday is a day off; it decides whether a weekend holiday is carried over. */
public enum HolidayKind {
    /** A national holiday of the Law on holidays art. 5: on a Saturday or Sunday it moves to the next working day. */
    STATUTORY,
    /** A religious day off (Orthodox Christmas, first day of Kurban Ait): never carried over. */
    RELIGIOUS;

    /** The data-file spelling. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads the data-file spelling. */
    @JsonCreator
    public static HolidayKind fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
