package io.cityops.ingest.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ValueLimitsTest {

    @Test
    void airKeysAreTheSixPollutantsInTheirUnits() {
        assertThat(ValueLimits.keys(SensorKind.AIR)).containsExactlyElementsOf(Arrays.stream(Pollutant.values()).map(Pollutant::key).toList());
        for (Pollutant p : Pollutant.values()) {
            assertThat(ValueLimits.of(SensorKind.AIR, p.key()).orElseThrow().unit()).isEqualTo(p.unit());
        }
    }

    @Test
    void energyAndNetworkKeysAreThoseOfTheWireFormat() {
        assertThat(ValueLimits.keys(SensorKind.ENERGY)).containsExactly("electricity_kwh", "gas_m3", "heat_gj", "coal_kg");
        assertThat(ValueLimits.keys(SensorKind.NETWORK)).containsExactly(
                "available", "prb_dl_pct", "prb_ul_pct", "rrc_users", "dl_mbps", "ul_mbps", "latency_ms", "power_w", "traffic_gb");
    }

    @Test
    void nothingMeasuredCanBeNegativeAndEveryLimitSaysWhy() {
        assertThat(ValueLimits.all()).allSatisfy(limit -> {
            assertThat(limit.min()).isZero();
            assertThat(limit.max()).isGreaterThan(limit.min());
            assertThat(limit.why()).isNotBlank();
        });
    }

    @Test
    void upperLimitsLieAboveTheTopOfTheAqiTable() {
        // HJ 633 tops: PM2.5 500, PM10 600, SO2 2620 (24 h), NO2 3840 (1 h), CO 150 mg/m³ (1 h), O3 1200 (1 h)
        assertThat(max("pm25")).isEqualTo(2000);
        assertThat(max("pm10")).isGreaterThan(600);
        assertThat(max("so2")).isGreaterThan(2620);
        assertThat(max("no2")).isGreaterThan(3840);
        assertThat(max("co")).isGreaterThan(150);
        assertThat(max("o3")).isGreaterThan(1200);
    }

    @Test
    void describesTheProblemWithAValue() {
        ValueLimits.Limit pm25 = ValueLimits.of(SensorKind.AIR, "pm25").orElseThrow();
        assertThat(pm25.problemWith(2000)).isEmpty();
        assertThat(pm25.problemWith(2500)).hasValueSatisfying(d -> assertThat(d).contains("pm25 = 2500 µg/m³ is above 2000"));
        assertThat(ValueLimits.of(SensorKind.NETWORK, "available").orElseThrow().problemWith(2))
                .hasValueSatisfying(d -> assertThat(d).contains("must be 0 or 1"));
        assertThat(ValueLimits.of(SensorKind.AIR, "pm1")).isEmpty();
    }

    private static double max(String key) {
        return ValueLimits.of(SensorKind.AIR, key).orElseThrow().max();
    }
}
