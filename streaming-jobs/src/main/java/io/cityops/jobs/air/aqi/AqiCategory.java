package io.cityops.jobs.air.aqi;

/**
 * The six AQI categories, the same in both rule sets (DOMAIN.md §1.2): upper bounds 50, 100, 150,
 * 200 and 300 belong to the lower category, everything above 300 is severely polluted.
 */
public enum AqiCategory {
    EXCELLENT("excellent", "I", "优", "#00E400", 50),
    GOOD("good", "II", "良", "#FFFF00", 100),
    LIGHTLY_POLLUTED("lightly_polluted", "III", "轻度污染", "#FF7E00", 150),
    MODERATELY_POLLUTED("moderately_polluted", "IV", "中度污染", "#FF0000", 200),
    HEAVILY_POLLUTED("heavily_polluted", "V", "重度污染", "#99004C", 300),
    SEVERELY_POLLUTED("severely_polluted", "VI", "严重污染", "#7E0023", Integer.MAX_VALUE);

    private final String code;
    private final String level;
    private final String nameZh;
    private final String colour;
    private final int upperAqi;

    AqiCategory(String code, String level, String nameZh, String colour, int upperAqi) {
        this.code = code;
        this.level = level;
        this.nameZh = nameZh;
        this.colour = colour;
        this.upperAqi = upperAqi;
    }

    /** Wire code used in reports, the API and InfluxDB, e.g. {@code "lightly_polluted"}. */
    public String code() {
        return code;
    }

    /** Roman level I–VI. */
    public String level() {
        return level;
    }

    /** Chinese name as in the standard, e.g. 轻度污染. */
    public String nameZh() {
        return nameZh;
    }

    /** Display colour as {@code #RRGGBB}. */
    public String colour() {
        return colour;
    }

    /**
     * The category of an AQI value.
     *
     * @throws IllegalArgumentException for a negative AQI
     */
    public static AqiCategory of(int aqi) {
        if (aqi < 0) {
            throw new IllegalArgumentException("AQI must not be negative, was " + aqi);
        }
        for (AqiCategory category : values()) {
            if (aqi <= category.upperAqi) {
                return category;
            }
        }
        throw new AssertionError("unreachable: the last category has no upper bound");
    }
}
