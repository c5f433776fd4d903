package io.cityops.jobs.air;

import io.cityops.ingest.catalogue.Target;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A region's year to date from its days' outcomes: good-day ratio (daily AQI ≤ 100 / valid days, in
 * percent) and the mean of the daily PM2.5 means, against the catalogue's targets.
 */
final class YearToDate {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private YearToDate() {
    }

    /**
     * @param outcomes the region's day outcomes by day start; only those of {@code year} count
     */
    static AirYtdResult of(String region, int year, Iterable<Map.Entry<Long, DayOutcome>> outcomes, AirNetwork network,
                           boolean finalResult) {
        ZoneId zone = network.zone();
        int good = 0;
        int valid = 0;
        long lastDayStart = Long.MIN_VALUE;
        List<BigDecimal> pm25 = new ArrayList<>();
        for (Map.Entry<Long, DayOutcome> entry : outcomes) {
            DayOutcome day = entry.getValue();
            if (day.year() != year) {
                continue;
            }
            lastDayStart = Math.max(lastDayStart, entry.getKey());
            if (day.valid()) {
                valid++;
                if (day.good()) {
                    good++;
                }
            }
            if (day.pm25Mean() != null) {
                pm25.add(day.pm25Mean());
            }
        }
        if (lastDayStart == Long.MIN_VALUE) {
            throw new IllegalArgumentException("no day of " + year + " for region " + region);
        }
        BigDecimal ratio = valid == 0 ? null
                : Decimals.normalize(BigDecimal.valueOf(good).multiply(HUNDRED)
                        .divide(BigDecimal.valueOf(valid), 2, RoundingMode.HALF_EVEN));
        BigDecimal pm25Mean = pm25.isEmpty() ? null
                : Decimals.normalize(Decimals.mean(pm25).setScale(2, RoundingMode.HALF_EVEN));
        Double ratioTarget = network.target(region, AirNetwork.TARGET_GOOD_DAY_RATIO, year).map(Target::value).orElse(null);
        Double pm25Target = network.target(region, AirNetwork.TARGET_PM25_ANNUAL_MEAN, year).map(Target::value).orElse(null);
        return new AirYtdResult(region, AirSubjects.REGION, year, LocalPeriods.yearStart(year, zone),
                LocalPeriods.dayEnd(lastDayStart, zone), LocalPeriods.day(lastDayStart, zone).toString(), good, valid,
                ratio, pm25Mean, pm25.size(), ratioTarget, pm25Target, finalResult);
    }
}
