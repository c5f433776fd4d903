package io.cityops.jobs.air;

import io.cityops.ingest.schema.AirSeries;
import io.cityops.jobs.influx.InfluxPoint;
import io.cityops.jobs.influx.InfluxPointConverter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An hourly or daily report as a point of {@code air_hourly} / {@code air_daily}: tags subject and
 * subject type, time = period start, so a revision rewrites the same point.
 */
public final class AirResultPoints implements InfluxPointConverter<AirResult> {

    private static final long serialVersionUID = 1L;

    @Override
    public List<InfluxPoint> toPoints(AirResult r) {
        InfluxPoint.Builder point = InfluxPoint.builder(r.period().measurement(), Instant.ofEpochMilli(r.start()))
                .tag(AirSeries.TAG_SUBJECT, r.subject())
                .tag(AirSeries.TAG_SUBJECT_TYPE, r.subjectType())
                .field(AirSeries.FIELD_AQI, r.aqi())
                .field(AirSeries.FIELD_AQI_AVAILABLE, r.aqi() != null)
                .field(AirSeries.FIELD_CATEGORY, r.category())
                .field(AirSeries.FIELD_PRIMARY, String.join(",", r.primaryPollutants()))
                .field(AirSeries.FIELD_STANDARD, r.standard());
        new TreeMap<>(r.iaqi()).forEach((key, iaqi) -> point.field(AirSeries.FIELD_IAQI_PREFIX + key, iaqi));
        Map<String, BigDecimal> concentrations = new TreeMap<>(r.rolling());
        concentrations.putAll(r.concentrations());
        concentrations.forEach((key, c) -> point.field(AirSeries.FIELD_CONCENTRATION_PREFIX + key, c));
        point.field(AirSeries.FIELD_REVISION, r.revision())
                .field(AirSeries.FIELD_FINAL, r.finalResult())
                .field(AirSeries.FIELD_VALID, r.valid());
        if (r.isRegion()) {
            point.field(AirSeries.FIELD_STATIONS_REPORTING, r.stationsReporting())
                    .field(AirSeries.FIELD_STATIONS_EXPECTED, r.stationsExpected());
        }
        return List.of(point.build());
    }
}
