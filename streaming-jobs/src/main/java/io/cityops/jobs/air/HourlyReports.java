package io.cityops.jobs.air;

import io.cityops.ingest.reading.Pollutant;
import io.cityops.jobs.air.aqi.AqiCalculator;
import io.cityops.jobs.air.aqi.AqiReport;
import io.cityops.jobs.air.aqi.AqiStandard;
import io.cityops.jobs.air.aqi.HourlyConcentrations;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;

/**
 * The hourly (real-time) report of one hour from the subject's recent hourly means: the 1-hour means,
 * the 24-hour rolling PM2.5, PM10 and SO2 and the 8-hour rolling O3, rated by the rule set in force
 * at the hour's start.
 */
final class HourlyReports {

    static final String PM25_24H = "pm25_24h";
    static final String PM10_24H = "pm10_24h";
    static final String O3_8H = "o3_8h";

    private HourlyReports() {
    }

    /**
     * @param hours the subject's hourly means, containing {@code hourStart} and the 23 hours before it where known
     */
    static AirResult report(NavigableMap<Long, HourlyMeans> hours, long hourStart, Set<Pollutant> measured,
                            int revision, boolean finalResult) {
        HourlyMeans hour = hours.get(hourStart);
        PollutantValues m = hour.means();
        BigDecimal pm25Day = RollingMeans.rolling24h(hours, hourStart, Pollutant.PM25);
        BigDecimal pm10Day = RollingMeans.rolling24h(hours, hourStart, Pollutant.PM10);
        BigDecimal so2Day = RollingMeans.rolling24h(hours, hourStart, Pollutant.SO2);
        BigDecimal o3EightHours = RollingMeans.rolling8hO3(hours, hourStart);
        AqiStandard standard = AqiStandard.inForceAt(Instant.ofEpochMilli(hourStart));
        AqiReport report = AqiCalculator.hourly(standard, new HourlyConcentrations(m.so2(), m.no2(), m.co(), m.o3(),
                m.pm10(), m.pm25(), pm10Day, pm25Day, o3EightHours, so2Day));

        Map<String, BigDecimal> rolling = new LinkedHashMap<>();
        putIfPresent(rolling, PM25_24H, pm25Day);
        putIfPresent(rolling, PM10_24H, pm10Day);
        putIfPresent(rolling, O3_8H, o3EightHours);

        boolean valid = hour.valid();
        if (standard == AqiStandard.HJ_633_2012) {
            // the 2012 hourly report rates PM by the 24-hour rolling means and adds the 8-hour O3
            valid &= !measured.contains(Pollutant.PM25) || pm25Day != null;
            valid &= !measured.contains(Pollutant.PM10) || pm10Day != null;
            valid &= !measured.contains(Pollutant.O3) || o3EightHours != null;
        }
        return AirResult.of(AirPeriod.HOURLY, hour.subject(), hour.subjectType(), hourStart,
                hourStart + LocalPeriods.HOUR_MS, report, rolling, revision, finalResult, valid, hour.reporting(),
                hour.expected());
    }

    private static void putIfPresent(Map<String, BigDecimal> map, String key, BigDecimal value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
