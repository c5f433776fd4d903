package io.cityops.jobs.air.aqi;

import io.cityops.ingest.reading.Pollutant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static io.cityops.jobs.air.aqi.AqiStandard.HJ_633_2012;
import static io.cityops.jobs.air.aqi.AqiStandard.HJ_633_2026;
import static io.cityops.jobs.air.aqi.HourlyInput.hourly;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * HJ 633-2026 rounds each concentration per GB/T 8170 (round half to even) before interpolating:
 * CO to one decimal, SO2, NO2, O3, PM10 and PM2.5 to integers (DOMAIN.md §1.1, 2026 rules).
 * HJ 633-2012 uses the concentrations as measured.
 */
class ConcentrationRounding2026Test {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            CO   | 4.05   | 4.0  | half to even: 4.05 -> 4.0 (0 even)
            CO   | 4.15   | 4.2  | half to even: 4.15 -> 4.2 (2 even)
            CO   | 4.25   | 4.2  | half to even: 4.25 -> 4.2
            CO   | 4.051  | 4.1  | above the half: up
            CO   | 4.149  | 4.1  | below the half: down
            CO   | 0.04   | 0.0  | below the half: down to zero
            CO   | 7      | 7.0  | an integer gets one decimal
            PM25 | 34.5   | 34   | half to even: 34.5 -> 34
            PM25 | 35.5   | 36   | half to even: 35.5 -> 36
            PM25 | 35.49  | 35   | below the half: down
            PM25 | 0.5    | 0    | half to even: 0.5 -> 0
            PM10 | 120.5  | 120  | half to even: 120.5 -> 120
            PM10 | 121.5  | 122  | half to even: 121.5 -> 122
            SO2  | 800.5  | 800  | half to even: 800.5 -> 800
            SO2  | 801.5  | 802  | half to even: 801.5 -> 802
            NO2  | 40.5   | 40   | half to even: 40.5 -> 40
            O3   | 159.5  | 160  | half to even: 159.5 -> 160
            O3   | 160.50 | 160  | half to even: 160.50 -> 160
            """)
    void concentrationsAreRoundedHalfToEvenPerGbt8170(Pollutant pollutant, BigDecimal concentration,
                                                      BigDecimal expected, String why) {
        BigDecimal rounded = HJ_633_2026.roundConcentration(pollutant, concentration);
        assertThat(rounded).as(why).isEqualByComparingTo(expected);
        assertThat(rounded.scale()).isEqualTo(pollutant == Pollutant.CO ? 1 : 0);
    }

    @Test
    void hj6332012UsesConcentrationsAsMeasured() {
        assertThat(HJ_633_2012.roundConcentration(Pollutant.PM25, new BigDecimal("34.5"))).isEqualTo("34.5");
        assertThat(HJ_633_2012.roundConcentration(Pollutant.CO, new BigDecimal("4.05"))).isEqualTo("4.05");
    }

    @ParameterizedTest(name = "{0} {1}: 2012 -> {2}, 2026 -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            CO_24H   | 4.05 | 101 | 100 | 2012: 100 + 50×0.05/10 = 100.25 -> 101; 2026: 4.0 -> 100
            CO_24H   | 4.15 | 101 | 101 | 2012: 100 + 50×0.15/10 = 100.75 -> 101; 2026: 4.2 -> 100 + 50×0.2/10 = 101
            PM25_24H | 34.5 | 50  | 49  | 2012: 50×34.5/35 = 49.29 -> 50; 2026: 34 -> 50×34/35 = 48.57 -> 49
            PM25_24H | 35.5 | 51  | 52  | 2012: 50 + 50×0.5/40 = 50.625 -> 51; 2026: 36 -> 50 + 50×1/25 = 52
            PM25_24H | 35.1 | 51  | 50  | 2012: 50 + 50×0.1/40 = 50.125 -> 51; 2026: 35 -> 50
            PM10_24H | 50.4 | 51  | 50  | 2012: 50 + 50×0.4/100 = 50.2 -> 51; 2026: 50 -> 50
            """)
    void theIaqiIsComputedFromTheRoundedConcentrationUnder2026(AqiIndicator indicator, BigDecimal concentration,
                                                               int expected2012, int expected2026, String arithmetic) {
        assertThat(AqiCalculator.iaqi(HJ_633_2012, indicator, concentration)).as(arithmetic).isEqualTo(expected2012);
        assertThat(AqiCalculator.iaqi(HJ_633_2026, indicator, concentration)).as(arithmetic).isEqualTo(expected2026);
    }

    @Test
    void the2026ReportHoldsTheRoundedConcentrations() {
        AqiReport report = AqiCalculator.hourly(HJ_633_2026, hourly()
                .so2("10.5").no2("41.5").co("4.05").o3("100.5").pm10("120.5").pm25("34.5").build());

        assertThat(report.concentrations()).containsOnlyKeys("pm25", "pm10", "so2", "no2", "co", "o3");
        assertThat(report.concentrations().get("pm25")).isEqualTo(new BigDecimal("34"));
        assertThat(report.concentrations().get("pm10")).isEqualTo(new BigDecimal("120"));
        assertThat(report.concentrations().get("so2")).isEqualTo(new BigDecimal("10"));
        assertThat(report.concentrations().get("no2")).isEqualTo(new BigDecimal("42"));
        assertThat(report.concentrations().get("co")).isEqualTo(new BigDecimal("4.0"));
        assertThat(report.concentrations().get("o3")).isEqualTo(new BigDecimal("100"));
    }

    @Test
    void the2012ReportHoldsTheConcentrationsAsGiven() {
        AqiReport report = AqiCalculator.hourly(HJ_633_2012, hourly()
                .so2("10.5").co("4.05").pm25Rolling24h("34.5").build());

        assertThat(report.concentrations().get("so2")).isEqualTo(new BigDecimal("10.5"));
        assertThat(report.concentrations().get("co")).isEqualTo(new BigDecimal("4.05"));
        assertThat(report.concentrations().get("pm25")).isEqualTo(new BigDecimal("34.5"));
    }
}
