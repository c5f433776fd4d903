package io.cityops.api.air;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * One hourly or daily air-quality result as the API shows it.
 *
 * @param start             period start, local time with offset
 * @param end               period end (exclusive)
 * @param aqi               the AQI, null when not available (HJ 633-2026 missing-data rule)
 * @param category          category code, null with the AQI
 * @param primaryPollutants pollutant keys with the largest IAQI; empty when AQI ≤ 50 or not available
 * @param iaqi              IAQI per indicator key (pm25, pm10, so2, no2, co, o3, o3_8h)
 * @param concentrations    the concentration each IAQI came from, per indicator key (CO in mg/m³)
 * @param standard          {@code HJ 633-2012} or {@code HJ 633-2026}
 * @param revision          how often late data rewrote the result (0 for the first write)
 * @param isFinal           true once no further revision can come
 * @param valid             false when the result misses the validity rules; null when not reported
 * @param coverage          stations reporting against expected; regions only, null when the job did not say
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record AirPoint(
        OffsetDateTime start,
        OffsetDateTime end,
        @Nullable Integer aqi,
        @Nullable String category,
        List<String> primaryPollutants,
        Map<String, Integer> iaqi,
        Map<String, BigDecimal> concentrations,
        @Nullable String standard,
        int revision,
        @JsonProperty("final") boolean isFinal,
        @Nullable Boolean valid,
        @Nullable Coverage coverage) {

    /** How many of the region's roll-up stations contributed. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Coverage(@Nullable Integer reporting, @Nullable Integer expected) {
    }
}
