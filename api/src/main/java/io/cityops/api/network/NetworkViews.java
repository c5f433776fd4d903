package io.cityops.api.network;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** The answers of the network endpoints. Times are ISO-8601 with the catalogue zone's offset. */
final class NetworkViews {

    private NetworkViews() {
    }

    /** One point of a series: the span and the KPI's value (null when the span had no data for it). */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Point(OffsetDateTime start, OffsetDateTime end, @Nullable BigDecimal value,
                 @JsonProperty("final") boolean isFinal) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Series(String subject, String subjectType, String kpi, String resolution, String unit,
                  OffsetDateTime from, OffsetDateTime to, List<Point> points) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Counts(int sites, int up, int down, int unknown, int congested) {
    }

    /** A site's newest state and newest period's KPIs (KPIs by field name, as stored). */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SiteLatest(String site, String name, String region, double lat, double lon, String status,
                      @Nullable String cause, @Nullable OffsetDateTime since, @Nullable OffsetDateTime at,
                      int congestedCells, @Nullable OffsetDateTime kpiPeriodStart, Map<String, BigDecimal> kpis) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Feed(String feed, @Nullable Boolean alive, @Nullable OffsetDateTime at) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Latest(String region, String name, Feed feed, Counts counts, List<SiteLatest> sites) {
    }

    /** Coverage of one region: sites reported and available in the last period against the plan. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Coverage(String region, String name, int activeSites, int builtSites, int plannedSites,
                    @Nullable BigDecimal activePct, @Nullable Long population, @Nullable BigDecimal sitesPer10k) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CoverageAnswer(@Nullable OffsetDateTime period, Coverage region, List<Coverage> children) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Outage(String site, String region, String cause, OffsetDateTime start, @Nullable OffsetDateTime end,
                  @Nullable Long durationSeconds, boolean ongoing, @Nullable OffsetDateTime detectedAt) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Outages(String region, OffsetDateTime from, OffsetDateTime to, List<Outage> outages) {
    }
}
