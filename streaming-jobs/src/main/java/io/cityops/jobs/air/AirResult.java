package io.cityops.jobs.air;

import io.cityops.jobs.air.aqi.AqiReport;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An hourly or daily air-quality report of one station or region.
 *
 * @param period            hourly or daily
 * @param subject           station or region id
 * @param subjectType       {@link AirSubjects#STATION} or {@link AirSubjects#REGION}
 * @param start             period start, epoch ms (the point's time)
 * @param end               period end, epoch ms
 * @param standard          the rule set applied, its label (for instance {@code HJ 633-2026})
 * @param aqi               the AQI, null when not available
 * @param category          category code, null with the AQI
 * @param primaryPollutants primary pollutant keys (empty when AQI ≤ 50 or not available)
 * @param iaqi              IAQI per indicator key, as the AQI calculator keys them
 * @param concentrations    the concentrations the IAQIs came from, same keys
 * @param rolling           hourly only: the 24-hour rolling PM2.5 and PM10 ({@code pm25_24h},
 *                          {@code pm10_24h}) and the 8-hour rolling O3 ({@code o3_8h}), where valid
 * @param revision          how many times late data revised this report
 * @param finalResult       true once nothing can change any more
 * @param valid             false when the data miss the validity rules (GB 3095, DOMAIN.md §1.3)
 * @param stationsReporting stations that contributed (a station counts itself)
 * @param stationsExpected  stations expected (1 for a station)
 */
public record AirResult(AirPeriod period, String subject, String subjectType, long start, long end, String standard,
                        Integer aqi, String category, List<String> primaryPollutants, Map<String, Integer> iaqi,
                        Map<String, BigDecimal> concentrations, Map<String, BigDecimal> rolling, int revision,
                        boolean finalResult, boolean valid, int stationsReporting, int stationsExpected) {

    public AirResult {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(standard, "standard");
        primaryPollutants = primaryPollutants == null ? List.of() : List.copyOf(primaryPollutants);
        iaqi = iaqi == null ? Map.of() : Map.copyOf(iaqi);
        concentrations = concentrations == null ? Map.of() : Map.copyOf(concentrations);
        rolling = rolling == null ? Map.of() : Map.copyOf(rolling);
    }

    static AirResult of(AirPeriod period, String subject, String subjectType, long start, long end, AqiReport report,
                        Map<String, BigDecimal> rolling, int revision, boolean finalResult, boolean valid,
                        int stationsReporting, int stationsExpected) {
        return new AirResult(period, subject, subjectType, start, end, report.standard().label(), report.aqi(),
                report.category() == null ? null : report.category().code(), report.primaryPollutants(),
                report.iaqi(), report.concentrations(), rolling, revision, finalResult, valid, stationsReporting,
                stationsExpected);
    }

    public boolean isRegion() {
        return AirSubjects.REGION.equals(subjectType);
    }
}
