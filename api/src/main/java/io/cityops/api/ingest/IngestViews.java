package io.cityops.api.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** The answer of {@code /api/v1/ingest/stats}. */
final class IngestViews {

    private IngestViews() {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SensorStats(String sensor, String kind, String name, String region, long accepted, long duplicate, long late,
                       Map<String, Long> rejected, long rejectedTotal, @Nullable OffsetDateTime lastSeen, boolean stale) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Totals(int sensors, int staleSensors, long accepted, long duplicate, long late, Map<String, Long> rejected,
                  long rejectedTotal) {
    }

    /**
     * Counters of sensor ids the catalogue does not know (unknown or malformed senders); reported for the
     * district only, since they belong to no region.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Uncatalogued(int sensors, long accepted, Map<String, Long> rejected, long rejectedTotal) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Stats(String region, @Nullable String kind, String staleAfter, OffsetDateTime asOf, List<SensorStats> sensors,
                 Totals totals, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Uncatalogued uncatalogued) {
    }
}
