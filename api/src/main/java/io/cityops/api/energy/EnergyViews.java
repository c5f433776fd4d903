package io.cityops.api.energy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** The answers of the energy endpoints. */
final class EnergyViews {

    private EnergyViews() {
    }

    /** One period of a series; {@code value} is null when the period has no figure in the unit asked for. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Point(OffsetDateTime start, OffsetDateTime end, @Nullable BigDecimal value, @JsonProperty("final") boolean isFinal) {
    }

    /** The series shape shared across the API. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Series(String subject, String resolution, String unit, List<Point> points) {
    }

    /** Consumption of one period in every unit: tce, tco2 and each counter key in its native unit. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Period(OffsetDateTime start, OffsetDateTime end, Map<String, BigDecimal> totals,
                  @JsonProperty("final") @Nullable Boolean isFinal) {
    }

    /** Year to date against the quota: shares are fractions (0.5 = half). */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Pace(@Nullable BigDecimal quotaTce, @Nullable BigDecimal shareUsedTce, @Nullable BigDecimal expectedShare,
                @Nullable BigDecimal projectionTce, @Nullable BigDecimal projectionRatioTce, @Nullable BigDecimal quotaTco2,
                @Nullable BigDecimal shareUsedTco2, @Nullable BigDecimal projectionTco2, @Nullable BigDecimal projectionRatioTco2,
                @Nullable BigDecimal dailyBudgetTce, @Nullable BigDecimal dailyBudgetRatio) {
    }

    /** The newest figures of a subject; the parts are null while it has no data. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Latest(String subject, String subjectType, String name, @Nullable OffsetDateTime asOf, @Nullable Period hour,
                  @Nullable Period day, @Nullable Period month, @Nullable Period yearToDate, @Nullable Pace pace,
                  @Nullable String level) {
    }

    /** One dimension of the barometer with the numbers behind it. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Dimension(@Nullable BigDecimal intensity, @Nullable BigDecimal intensityLastYear, @Nullable BigDecimal intensityBase,
                     @Nullable BigDecimal changeVsLastYear, @Nullable BigDecimal changeVsBase, @Nullable BigDecimal requiredPace,
                     @Nullable String intensityLevel, @Nullable BigDecimal used, @Nullable BigDecimal quota,
                     @Nullable BigDecimal shareUsed, @Nullable BigDecimal projection, @Nullable BigDecimal projectionRatio,
                     @Nullable String totalsLevel, @Nullable String level) {
    }

    /** A region's barometer: level, both dimensions and the rule; null parts while it has no evaluation. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Barometer(String region, String name, @Nullable Integer year, @Nullable OffsetDateTime asOf, @Nullable String level,
                     @Nullable BigDecimal expectedShare, @Nullable Dimension energy, @Nullable Dimension carbon,
                     @Nullable String rule) {
    }
}
