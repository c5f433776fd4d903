package io.cityops.jobs.air;

import io.cityops.ingest.schema.AirSeries;
import io.cityops.jobs.influx.InfluxPoint;
import io.cityops.jobs.influx.InfluxPointConverter;
import java.time.Instant;
import java.util.List;

/**
 * A region's year to date as a point of {@code air_ytd}, stamped with the start of the year: one point
 * per region and year, rewritten after every daily report.
 */
public final class AirYtdPoints implements InfluxPointConverter<AirYtdResult> {

    private static final long serialVersionUID = 1L;

    @Override
    public List<InfluxPoint> toPoints(AirYtdResult r) {
        return List.of(InfluxPoint.builder(AirSeries.YEAR_TO_DATE, Instant.ofEpochMilli(r.start()))
                .tag(AirSeries.TAG_SUBJECT, r.subject())
                .tag(AirSeries.TAG_SUBJECT_TYPE, r.subjectType())
                .field(AirSeries.FIELD_GOOD_DAYS, r.goodDays())
                .field(AirSeries.FIELD_VALID_DAYS, r.validDays())
                .field(AirSeries.FIELD_GOOD_DAY_RATIO, r.goodDayRatio())
                .field(AirSeries.FIELD_PM25_MEAN, r.pm25Mean())
                .field(AirFields.PM25_DAYS, r.pm25Days())
                .field(AirFields.GOOD_DAY_RATIO_TARGET, r.goodDayRatioTarget())
                .field(AirFields.PM25_MEAN_TARGET, r.pm25MeanTarget())
                .field(AirFields.LAST_DAY, r.lastDay())
                .field(AirSeries.FIELD_FINAL, r.finalResult())
                .build());
    }
}
