package io.cityops.jobs.energy;

import io.cityops.ingest.reading.EnergyCarrier;
import io.cityops.ingest.schema.EnergySeries;
import io.cityops.jobs.energy.rules.Barometer;
import io.cityops.jobs.energy.rules.BarometerLevel;
import io.cityops.jobs.energy.rules.DimensionRating;
import io.cityops.jobs.energy.rules.IntensityFigures;
import io.cityops.jobs.influx.InfluxPoint;
import io.cityops.jobs.influx.InfluxPointConverter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An {@link EnergyResult} as points: the hour ({@code energy_hourly}), its day and month so far
 * ({@code energy_daily}, {@code energy_monthly}), the year to date with pace, intensity and barometer
 * ({@code energy_ytd}, one point per subject and year) and, for rated regions, the evaluation
 * ({@code energy_barometer}). Each point is stamped with its period's start, so a later contribution
 * rewrites it.
 */
final class EnergyResultPoints implements InfluxPointConverter<EnergyResult> {

    private static final long serialVersionUID = 1L;

    private final ZoneId zone;

    EnergyResultPoints(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public List<InfluxPoint> toPoints(EnergyResult r) {
        List<InfluxPoint> points = new ArrayList<>();
        points.add(totals(EnergySeries.HOURLY, r, r.hourStart(), r.hour()).field(EnergySeries.FIELD_FINAL, r.finalHour()).build());
        long dayEnd = LocalHours.local(r.dayStart(), zone).plusDays(1).toInstant().toEpochMilli();
        points.add(totals(EnergySeries.DAILY, r, r.dayStart(), r.day())
                .field(EnergySeries.FIELD_FINAL, r.finalHour() && r.hourEnd() == dayEnd).build());
        long monthEnd = LocalHours.local(r.monthStart(), zone).plusMonths(1).toInstant().toEpochMilli();
        points.add(totals(EnergySeries.MONTHLY, r, r.monthStart(), r.month())
                .field(EnergySeries.FIELD_FINAL, r.finalHour() && r.hourEnd() == monthEnd).build());

        InfluxPoint.Builder ytd = totals(EnergySeries.YEAR_TO_DATE, r, LocalHours.yearStart(r.year(), zone), r.ytd())
                .field(EnergySeries.FIELD_AS_OF, r.asOf());
        if (r.tcePace() != null) {
            ytd.field(EnergySeries.FIELD_QUOTA_TCE, r.tcePace().quota())
                    .field(EnergySeries.FIELD_SHARE_USED_TCE, r.tcePace().shareUsed())
                    .field(EnergySeries.FIELD_EXPECTED_SHARE, r.tcePace().expectedShare())
                    .field(EnergySeries.FIELD_PROJECTION_TCE, r.tcePace().projection())
                    .field(EnergySeries.FIELD_PROJECTION_RATIO_TCE, r.tcePace().projectionRatio())
                    .field(EnergySeries.FIELD_QUOTA_TCO2, r.tco2Pace().quota())
                    .field(EnergySeries.FIELD_SHARE_USED_TCO2, r.tco2Pace().shareUsed())
                    .field(EnergySeries.FIELD_PROJECTION_TCO2, r.tco2Pace().projection())
                    .field(EnergySeries.FIELD_PROJECTION_RATIO_TCO2, r.tco2Pace().projectionRatio());
        }
        ytd.field(EnergySeries.FIELD_DAILY_BUDGET_TCE, r.dailyBudgetTce())
                .field(EnergySeries.FIELD_DAILY_BUDGET_RATIO, r.dailyBudgetRatio());
        barometer(ytd, r);
        points.add(ytd.build());

        if (r.level() != null) {
            InfluxPoint.Builder evaluation = InfluxPoint.builder(EnergySeries.BAROMETER, Instant.ofEpochMilli(r.hourStart()))
                    .tag(EnergySeries.TAG_SUBJECT, r.subject())
                    .tag(EnergySeries.TAG_SUBJECT_TYPE, r.subjectType())
                    .field(EnergySeries.FIELD_AS_OF, r.asOf())
                    .field(EnergySeries.FIELD_TCE, r.ytd().tce())
                    .field(EnergySeries.FIELD_TCO2, r.ytd().tco2())
                    .field(EnergySeries.FIELD_PROJECTION_RATIO_TCE, r.tcePace().projectionRatio())
                    .field(EnergySeries.FIELD_PROJECTION_RATIO_TCO2, r.tco2Pace().projectionRatio())
                    .field(EnergySeries.FIELD_SHARE_USED_TCE, r.tcePace().shareUsed());
            barometer(evaluation, r);
            points.add(evaluation.build());
        }
        return points;
    }

    private static InfluxPoint.Builder totals(String measurement, EnergyResult r, long start, EnergyTotals totals) {
        InfluxPoint.Builder point = InfluxPoint.builder(measurement, Instant.ofEpochMilli(start))
                .tag(EnergySeries.TAG_SUBJECT, r.subject())
                .tag(EnergySeries.TAG_SUBJECT_TYPE, r.subjectType())
                .field(EnergySeries.FIELD_TCE, totals.tce())
                .field(EnergySeries.FIELD_TCO2, totals.tco2());
        for (EnergyCarrier carrier : EnergyCarrier.values()) {
            point.field(EnergySeries.FIELD_NATIVE_PREFIX + carrier.counterKey(), totals.nativeAmount(carrier));
        }
        return point;
    }

    private static void barometer(InfluxPoint.Builder point, EnergyResult r) {
        IntensityFigures energy = r.energyIntensity();
        if (energy != null) {
            point.field(EnergySeries.FIELD_ENERGY_INTENSITY, energy.intensity())
                    .field(EnergySeries.FIELD_ENERGY_INTENSITY_LAST_YEAR, energy.lastYear())
                    .field(EnergySeries.FIELD_ENERGY_INTENSITY_BASE, energy.base())
                    .field(EnergySeries.FIELD_ENERGY_CHANGE_VS_LAST_YEAR, energy.changeVsLastYear())
                    .field(EnergySeries.FIELD_ENERGY_CHANGE_VS_BASE, energy.changeVsBase());
        }
        IntensityFigures carbon = r.carbonIntensity();
        if (carbon != null) {
            point.field(EnergySeries.FIELD_CARBON_INTENSITY, carbon.intensity())
                    .field(EnergySeries.FIELD_CARBON_INTENSITY_LAST_YEAR, carbon.lastYear())
                    .field(EnergySeries.FIELD_CARBON_INTENSITY_BASE, carbon.base())
                    .field(EnergySeries.FIELD_CARBON_CHANGE_VS_LAST_YEAR, carbon.changeVsLastYear())
                    .field(EnergySeries.FIELD_CARBON_CHANGE_VS_BASE, carbon.changeVsBase());
        }
        rating(point, r.energyRating(), EnergySeries.FIELD_ENERGY_REQUIRED_PACE, EnergySeries.FIELD_ENERGY_INTENSITY_LEVEL,
                EnergySeries.FIELD_ENERGY_TOTALS_LEVEL, EnergySeries.FIELD_ENERGY_LEVEL);
        rating(point, r.carbonRating(), EnergySeries.FIELD_CARBON_REQUIRED_PACE, EnergySeries.FIELD_CARBON_INTENSITY_LEVEL,
                EnergySeries.FIELD_CARBON_TOTALS_LEVEL, EnergySeries.FIELD_CARBON_LEVEL);
        if (r.level() != null) {
            point.field(EnergySeries.FIELD_LEVEL, r.level().wireName())
                    .field(EnergySeries.FIELD_LEVEL_CODE, r.level().code())
                    .field(EnergySeries.FIELD_RULE, Barometer.RULE);
        }
    }

    private static void rating(InfluxPoint.Builder point, DimensionRating rating, String pace, String intensityLevel,
                               String totalsLevel, String level) {
        if (rating == null) {
            return;
        }
        point.field(pace, rating.requiredPace())
                .field(intensityLevel, name(rating.intensityLevel()))
                .field(totalsLevel, name(rating.totalsLevel()))
                .field(level, name(rating.level()));
    }

    private static String name(BarometerLevel level) {
        return level == null ? null : level.wireName();
    }
}
