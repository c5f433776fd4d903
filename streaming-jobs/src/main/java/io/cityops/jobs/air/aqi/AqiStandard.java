package io.cityops.jobs.air.aqi;

import io.cityops.ingest.reading.Pollutant;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The two AQI rule sets of China's Ministry of Ecology and Environment (DOMAIN.md §1). HJ 633-2026
 * replaced HJ 633-2012 on 2026-03-01 (Asia/Shanghai); data is rated by the rules in force at the
 * start of its period, so replays of history pick the rule set by timestamp, not by wall clock.
 */
public enum AqiStandard {
    HJ_633_2012("HJ 633-2012"),
    HJ_633_2026("HJ 633-2026");

    /** 2026-03-01T00:00+08:00 (= 2026-02-28T16:00Z): data of periods starting here or later is rated by HJ 633-2026. */
    public static final Instant HJ_633_2026_IN_FORCE_FROM =
            OffsetDateTime.of(2026, 3, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8)).toInstant();

    private final String label;

    AqiStandard(String label) {
        this.label = label;
    }

    /** The standard's number as printed, e.g. {@code "HJ 633-2026"}. */
    public String label() {
        return label;
    }

    /** The rule set in force for data of the period starting at this instant: 2026 rules from 2026-03-01T00:00+08:00. */
    public static AqiStandard inForceAt(Instant periodStart) {
        Objects.requireNonNull(periodStart, "periodStart");
        return periodStart.isBefore(HJ_633_2026_IN_FORCE_FROM) ? HJ_633_2012 : HJ_633_2026;
    }

    /**
     * The concentration as this rule set feeds it into the interpolation. HJ 633-2012 uses it as
     * measured; HJ 633-2026 first rounds it per GB/T 8170 (round half to even): CO (mg/m³) to one
     * decimal, SO2, NO2, O3, PM10 and PM2.5 (µg/m³) to integers (DOMAIN.md §1.1, 2026 rules).
     *
     * @throws IllegalArgumentException if the concentration is negative
     */
    public BigDecimal roundConcentration(Pollutant pollutant, BigDecimal concentration) {
        Objects.requireNonNull(pollutant, "pollutant");
        Concentrations.requireNonNegative(pollutant.key(), concentration);
        if (this == HJ_633_2012) {
            return concentration;
        }
        int scale = pollutant == Pollutant.CO ? 1 : 0;
        return concentration.setScale(scale, RoundingMode.HALF_EVEN);
    }
}
