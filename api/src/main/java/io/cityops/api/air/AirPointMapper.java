package io.cityops.api.air;

import io.cityops.api.influx.InfluxRow;
import io.cityops.ingest.schema.AirSeries;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Shapes a row of {@code air_hourly} or {@code air_daily} into an {@link AirPoint}. */
final class AirPointMapper {

    /** Indicator keys in the order HJ 633 lists them; unknown keys follow alphabetically. */
    private static final List<String> KEY_ORDER =
            List.of("pm25", "pm25_24h", "pm10", "pm10_24h", "so2", "no2", "co", "o3", "o3_8h");
    private static final Comparator<String> BY_KEY_ORDER = Comparator
            .comparingInt((String key) -> KEY_ORDER.contains(key) ? KEY_ORDER.indexOf(key) : KEY_ORDER.size())
            .thenComparing(Function.identity());

    private final ZoneId zone;

    AirPointMapper(ZoneId zone) {
        this.zone = zone;
    }

    AirPoint map(InfluxRow row, Resolution resolution, boolean region) {
        Instant start = row.time();
        // A revision that lost its AQI leaves the old aqi field behind; aqi_available says so.
        boolean available = row.bool(AirSeries.FIELD_AQI_AVAILABLE).orElse(true);
        Integer aqi = available ? row.integer(AirSeries.FIELD_AQI).map(Math::toIntExact).orElse(null) : null;
        // Category and primary pollutant are published with the AQI or not at all.
        String category = aqi == null ? null : row.string(AirSeries.FIELD_CATEGORY).filter(c -> !c.isBlank()).orElse(null);
        List<String> primary = aqi == null ? List.of() : row.string(AirSeries.FIELD_PRIMARY)
                .map(text -> Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
        Integer reporting = row.integer(AirSeries.FIELD_STATIONS_REPORTING).map(Math::toIntExact).orElse(null);
        Integer expected = row.integer(AirSeries.FIELD_STATIONS_EXPECTED).map(Math::toIntExact).orElse(null);
        AirPoint.Coverage coverage = region && (reporting != null || expected != null)
                ? new AirPoint.Coverage(reporting, expected) : null;
        return new AirPoint(
                local(start),
                local(resolution.end(start, zone)),
                aqi,
                category,
                primary,
                byPrefix(row, AirSeries.FIELD_IAQI_PREFIX, column -> Math.toIntExact(row.integer(column).orElseThrow())),
                byPrefix(row, AirSeries.FIELD_CONCENTRATION_PREFIX, column -> row.decimal(column).orElseThrow()),
                row.string(AirSeries.FIELD_STANDARD).orElse(null),
                row.integer(AirSeries.FIELD_REVISION).map(Math::toIntExact).orElse(0),
                row.bool(AirSeries.FIELD_FINAL).orElse(false),
                row.bool(AirSeries.FIELD_VALID).orElse(null),
                coverage);
    }

    private OffsetDateTime local(Instant instant) {
        return instant.atZone(zone).toOffsetDateTime();
    }

    private static <T> Map<String, T> byPrefix(InfluxRow row, String prefix, Function<String, T> value) {
        Map<String, T> result = new LinkedHashMap<>();
        row.columns().stream()
                .filter(column -> column.startsWith(prefix) && column.length() > prefix.length())
                .map(column -> column.substring(prefix.length()))
                .sorted(BY_KEY_ORDER)
                .forEach(key -> result.put(key, value.apply(prefix + key)));
        return result;
    }
}
