package io.cityops.jobs.air.aqi;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the IAQIs of one report and turns them into an {@link AqiReport}: the AQI, category,
 * primary pollutants and the availability rules. One instance per computation, never shared.
 */
final class ReportAssembler {

    /** HJ 633-2026 publishes an AQI computed with missing pollutants only above this value. */
    private static final int INCOMPLETE_PUBLISH_ABOVE = 100;
    /** No primary pollutant at or below this AQI (both rule sets). */
    private static final int PRIMARY_POLLUTANT_ABOVE = 50;
    /** HJ 633-2026 states the AQI range as 1–500 although the formula gives 0 for clean air. */
    private static final int MIN_AQI_2026 = 1;

    private final AqiStandard standard;
    private final Map<String, Integer> iaqi = new LinkedHashMap<>();
    private final Map<String, BigDecimal> concentrations = new LinkedHashMap<>();
    private boolean incomplete;

    ReportAssembler(AqiStandard standard) {
        this.standard = standard;
    }

    /**
     * Adds the indicator's IAQI computed from the concentration, rounded first as the rule set
     * requires; a null concentration marks the indicator missing.
     */
    ReportAssembler interpolated(AqiIndicator indicator, BigDecimal concentration) {
        if (concentration == null) {
            return missing();
        }
        BigDecimal used = standard.roundConcentration(indicator.pollutant(), concentration);
        return fixed(indicator, used, BreakpointTable.column(standard, indicator).iaqi(used));
    }

    /** Adds an IAQI a special rule fixed, with the concentration it was decided on. */
    ReportAssembler fixed(AqiIndicator indicator, BigDecimal usedConcentration, int indicatorIaqi) {
        iaqi.put(indicator.key(), indicatorIaqi);
        concentrations.put(indicator.key(), usedConcentration);
        return this;
    }

    /** Marks one of the rule set's indicators as without IAQI (missing, invalid, or no rule gives one). */
    ReportAssembler missing() {
        incomplete = true;
        return this;
    }

    AqiReport report() {
        if (iaqi.isEmpty()) {
            return notAvailable();
        }
        int maxIaqi = Collections.max(iaqi.values());
        int aqi = maxIaqi;
        if (standard == AqiStandard.HJ_633_2026) {
            aqi = Math.max(aqi, MIN_AQI_2026);
            if (incomplete && aqi <= INCOMPLETE_PUBLISH_ABOVE) {
                return notAvailable();
            }
        }
        List<String> primary = aqi > PRIMARY_POLLUTANT_ABOVE
                ? ReportKeys.pollutantKeys(iaqi.entrySet().stream()
                        .filter(e -> e.getValue() == maxIaqi)
                        .map(Map.Entry::getKey)
                        .toList())
                : List.of();
        return new AqiReport(standard, aqi, AqiCategory.of(aqi), primary, iaqi, concentrations);
    }

    private AqiReport notAvailable() {
        return new AqiReport(standard, null, null, List.of(), iaqi, concentrations);
    }
}
