package io.cityops.ingest.reading;

/** Why a reading went to {@code city.readings.invalid}; the code is what the dead-letter record carries. */
public enum RejectReason {
    MALFORMED_JSON("malformed_json"),
    MISSING_FIELD("missing_field"),
    UNKNOWN_KIND("unknown_kind"),
    UNKNOWN_SENSOR("unknown_sensor"),
    WRONG_KIND("wrong_kind"),
    BAD_TIMESTAMP("bad_timestamp"),
    FUTURE_TIMESTAMP("future_timestamp"),
    MISSING_VALUE("missing_value"),
    NON_NUMERIC_VALUE("non_numeric_value"),
    NOT_FINITE("not_finite"),
    UNKNOWN_VALUE("unknown_value"),
    IMPOSSIBLE_VALUE("impossible_value"),
    TOO_LATE("too_late");

    private final String code;

    RejectReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The reason with the given code, empty when there is none. */
    public static java.util.Optional<RejectReason> fromCode(String code) {
        return java.util.Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
