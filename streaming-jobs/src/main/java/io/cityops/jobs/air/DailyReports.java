package io.cityops.jobs.air;

import io.cityops.ingest.reading.Pollutant;
import io.cityops.jobs.air.aqi.AqiCalculator;
import io.cityops.jobs.air.aqi.AqiReport;
import io.cityops.jobs.air.aqi.AqiStandard;
import io.cityops.jobs.air.aqi.DailyConcentrations;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeSet;

/**
 * The daily report of one local natural day, rated by the rule set in force at the day's start.
 *
 * <p>Daily means need 20 valid hourly values (GB 3095). The day's maximum 1-hour O3 is the largest
 * valid hourly O3 mean of the day; the maximum 8-hour O3 the largest valid 8-hour rolling mean ending
 * within the day (the windows of the day's first hours reach into the evening before). Both O3
 * figures are reported only when the day has 20 valid hourly O3 values, like the daily means. The
 * report is valid when every pollutant the subject measures has its daily figure.
 */
final class DailyReports {

    private DailyReports() {
    }

    /** A daily report and the exact daily PM2.5 mean the year to date needs. */
    record Daily(AirResult result, BigDecimal pm25Mean) {
    }

    static Daily report(String subject, String subjectType, long dayStart, long dayEnd,
                        NavigableMap<Long, HourlyMeans> hours, Set<Pollutant> measured, int expected, int revision,
                        boolean finalResult) {
        Map<Long, HourlyMeans> day = hours.subMap(dayStart, true, dayEnd, false);
        BigDecimal so2 = dailyMean(day, Pollutant.SO2);
        BigDecimal no2 = dailyMean(day, Pollutant.NO2);
        BigDecimal co = dailyMean(day, Pollutant.CO);
        BigDecimal pm10 = dailyMean(day, Pollutant.PM10);
        BigDecimal pm25 = dailyMean(day, Pollutant.PM25);
        BigDecimal o3Max1h = null;
        BigDecimal o3Max8h = null;
        if (validValues(day, Pollutant.O3).size() >= RollingMeans.DAY_MIN_VALID) {
            o3Max1h = validValues(day, Pollutant.O3).stream().max(BigDecimal::compareTo).orElse(null);
            for (long hour = dayStart; hour < dayEnd; hour += LocalPeriods.HOUR_MS) {
                BigDecimal eightHours = RollingMeans.rolling8hO3(hours, hour);
                if (eightHours != null && (o3Max8h == null || eightHours.compareTo(o3Max8h) > 0)) {
                    o3Max8h = eightHours;
                }
            }
        }
        AqiStandard standard = AqiStandard.inForceAt(Instant.ofEpochMilli(dayStart));
        AqiReport report = AqiCalculator.daily(standard, new DailyConcentrations(so2, no2, co, pm10, pm25, o3Max1h,
                o3Max8h));
        PollutantValues figures = new PollutantValues(pm25, pm10, so2, no2, co, o3Max8h);
        boolean valid = measured.stream().allMatch(figures::has);

        Set<String> stations = new TreeSet<>();
        day.values().forEach(h -> stations.addAll(h.stations()));
        AirResult result = AirResult.of(AirPeriod.DAILY, subject, subjectType, dayStart, dayEnd, report, Map.of(),
                revision, finalResult, valid, stations.size(), expected);
        return new Daily(result, pm25);
    }

    private static BigDecimal dailyMean(Map<Long, HourlyMeans> day, Pollutant pollutant) {
        List<BigDecimal> values = validValues(day, pollutant);
        return values.size() >= RollingMeans.DAY_MIN_VALID ? Decimals.mean(values) : null;
    }

    private static List<BigDecimal> validValues(Map<Long, HourlyMeans> day, Pollutant pollutant) {
        List<BigDecimal> values = new ArrayList<>();
        for (HourlyMeans hour : day.values()) {
            if (hour.means().has(pollutant)) {
                values.add(hour.means().get(pollutant));
            }
        }
        return values;
    }
}
