package io.cityops.jobs.air.aqi;

import io.cityops.ingest.reading.Pollutant;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A computed report. aqi, category are null when not available (2026 missing-data rule).
 *
 * @param standard          the rule set that produced the report
 * @param aqi               the AQI, or null when not available
 * @param category          the category of {@code aqi}, or null when not available
 * @param primaryPollutants pollutant keys (pm25, pm10, so2, no2, co, o3) with the largest IAQI when
 *                          the AQI is above 50, in that stable order; empty otherwise or when not available
 * @param iaqi              IAQI per indicator key ("so2", "no2", "co", "pm10", "pm25", "o3", "o3_8h");
 *                          only indicators that yielded an IAQI; reported even when the AQI is not available
 * @param concentrations    the concentrations the IAQIs were computed from, same keys (2026: the rounded values)
 */
public record AqiReport(AqiStandard standard, Integer aqi, AqiCategory category, List<String> primaryPollutants,
                        Map<String, Integer> iaqi, Map<String, BigDecimal> concentrations) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** IAQI above which a pollutant exceeds the standard (HJ 633-2012; DOMAIN.md §1.1). */
    private static final int OVER_STANDARD_IAQI = 100;

    public AqiReport {
        Objects.requireNonNull(standard, "standard");
        if ((aqi == null) != (category == null)) {
            throw new IllegalArgumentException("aqi and category must both be set or both be null, were "
                    + aqi + " and " + category);
        }
        if (aqi != null && category != AqiCategory.of(aqi)) {
            throw new IllegalArgumentException("category " + category + " does not match AQI " + aqi);
        }
        primaryPollutants = primaryPollutants == null ? List.of() : List.copyOf(primaryPollutants);
        for (String key : primaryPollutants) {
            if (Pollutant.fromKey(key).isEmpty()) {
                throw new IllegalArgumentException("Unknown primary pollutant '" + key + "'");
            }
        }
        iaqi = ReportKeys.ordered("IAQI", iaqi);
        concentrations = ReportKeys.ordered("concentration", concentrations);
    }

    /** Whether AQI, category and primary pollutants were published. */
    public boolean available() {
        return aqi != null;
    }

    /**
     * Pollutant keys with an IAQI above 100, in the stable order, ozone once. Only HJ 633-2012
     * defines over-standard pollutants; always empty for HJ 633-2026 (DOMAIN.md §1.1).
     */
    public List<String> overStandardPollutants() {
        if (standard != AqiStandard.HJ_633_2012) {
            return List.of();
        }
        return ReportKeys.pollutantKeys(iaqi.entrySet().stream()
                .filter(e -> e.getValue() > OVER_STANDARD_IAQI)
                .map(Map.Entry::getKey)
                .toList());
    }
}
