package io.cityops.jobs.air.aqi;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.cityops.jobs.air.aqi.AqiStandard.HJ_633_2012;
import static io.cityops.jobs.air.aqi.AqiStandard.HJ_633_2026;
import static io.cityops.jobs.air.aqi.HourlyInput.hourly;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The hourly (real-time) report: which input feeds which column under each rule set (DOMAIN.md
 * §1.1). The same concentrations are rated by both rule sets; every IAQI below is hand-computed.
 */
class HourlyReportTest {

    /** One hour with every input set; the 1-hour PM and the rolling values differ on purpose. */
    private static final HourlyConcentrations HOUR = hourly()
            .so2("100").no2("155").co("3.3").o3("181")
            .pm10("203").pm25("70")
            .pm10Rolling24h("203").pm25Rolling24h("90")
            .o3Rolling8h("131")
            .so2Rolling24h("2000")
            .build();

    @Test
    void under2012The1HourGasesThe8HourOzoneAndThe24HourRollingPmAreRated() {
        AqiReport report = AqiCalculator.hourly(HJ_633_2012, HOUR);

        // HJ 633-2012 hourly report, 7 indicators (DOMAIN.md §1.1):
        // pm25 rolling 90, band 75–115: 100 + 50×15/40 = 118.75 -> 119
        // pm10 rolling 203, band 150–250: 100 + 50×53/100 = 126.5 -> 127
        // so2 1h 100, band 0–150: 50×100/150 = 33.33 -> 34 (the 24-hour SO2 only counts above 800)
        // no2 1h 155, band 100–200: 50 + 50×55/100 = 77.5 -> 78
        // co 1h 3.3, band 0–5: 50×3.3/5 = 33
        // o3 1h 181, band 160–200: 50 + 50×21/40 = 76.25 -> 77
        // o3 8h 131, band 100–160: 50 + 50×31/60 = 75.83 -> 76
        assertThat(report.iaqi()).containsExactly(entry("pm25", 119), entry("pm10", 127), entry("so2", 34),
                entry("no2", 78), entry("co", 33), entry("o3", 77), entry("o3_8h", 76));
        assertThat(report.standard()).isEqualTo(HJ_633_2012);
        assertThat(report.available()).isTrue();
        assertThat(report.aqi()).isEqualTo(127);
        assertThat(report.category()).isEqualTo(AqiCategory.LIGHTLY_POLLUTED);
        assertThat(report.primaryPollutants()).containsExactly("pm10");
        assertThat(report.overStandardPollutants()).containsExactly("pm25", "pm10");
        assertThat(report.concentrations()).containsExactly(entry("pm25", new BigDecimal("90")),
                entry("pm10", new BigDecimal("203")), entry("so2", new BigDecimal("100")),
                entry("no2", new BigDecimal("155")), entry("co", new BigDecimal("3.3")),
                entry("o3", new BigDecimal("181")), entry("o3_8h", new BigDecimal("131")));
    }

    @Test
    void under2026AllSixAre1HourMeansAndTheRollingValuesAreIgnored() {
        AqiReport report = AqiCalculator.hourly(HJ_633_2026, HOUR);

        // HJ 633-2026 hourly report, 6 indicators, all 1-hour means (DOMAIN.md §1.1):
        // pm25 1h 70 against the 2026 24h column, band 60–115: 100 + 50×10/55 = 109.09 -> 110
        // pm10 1h 203 against the 2026 24h column, band 120–250: 100 + 50×83/130 = 131.92 -> 132
        // so2 34, no2 78, co 33, o3 77 as under 2012 (same 1-hour columns, integer inputs); no o3_8h.
        assertThat(report.iaqi()).containsExactly(entry("pm25", 110), entry("pm10", 132), entry("so2", 34),
                entry("no2", 78), entry("co", 33), entry("o3", 77));
        assertThat(report.standard()).isEqualTo(HJ_633_2026);
        assertThat(report.aqi()).isEqualTo(132);
        assertThat(report.category()).isEqualTo(AqiCategory.LIGHTLY_POLLUTED);
        assertThat(report.primaryPollutants()).containsExactly("pm10");
        assertThat(report.overStandardPollutants()).as("HJ 633-2026 defines no over-standard pollutant").isEmpty();
        assertThat(report.concentrations()).containsOnlyKeys("pm25", "pm10", "so2", "no2", "co", "o3");
        assertThat(report.concentrations().get("pm25")).isEqualByComparingTo("70");
    }

    @Test
    void under2012The1HourPmIsNotUsed() {
        AqiReport report = AqiCalculator.hourly(HJ_633_2012, hourly().pm10("999").pm25("999").no2("155").build());

        assertThat(report.iaqi()).containsExactly(entry("no2", 78));
        assertThat(report.aqi()).isEqualTo(78);
    }

    @Test
    void under2026TheRollingValuesAloneGiveNoReport() {
        AqiReport report = AqiCalculator.hourly(HJ_633_2026,
                hourly().pm10Rolling24h("999").pm25Rolling24h("999").o3Rolling8h("999").so2Rolling24h("999").build());

        assertThat(report.iaqi()).isEmpty();
        assertThat(report.concentrations()).isEmpty();
        assertThat(report.available()).isFalse();
    }

    @Test
    void allZeroIs0Under2012And1Under2026() {
        HourlyConcentrations zero = hourly().so2("0").no2("0").co("0").o3("0").pm10("0").pm25("0")
                .pm10Rolling24h("0").pm25Rolling24h("0").o3Rolling8h("0").build();

        AqiReport report2012 = AqiCalculator.hourly(HJ_633_2012, zero);
        assertThat(report2012.aqi()).isZero();
        assertThat(report2012.category()).isEqualTo(AqiCategory.EXCELLENT);
        assertThat(report2012.primaryPollutants()).isEmpty();

        // HJ 633-2026 states the AQI range as 1–500: the AQI is clamped to 1, the IAQIs stay 0.
        AqiReport report2026 = AqiCalculator.hourly(HJ_633_2026, zero);
        assertThat(report2026.aqi()).isEqualTo(1);
        assertThat(report2026.category()).isEqualTo(AqiCategory.EXCELLENT);
        assertThat(report2026.primaryPollutants()).isEmpty();
        assertThat(report2026.iaqi()).containsOnlyKeys("pm25", "pm10", "so2", "no2", "co", "o3")
                .allSatisfy((key, iaqi) -> assertThat(iaqi).isZero());
    }

    @Test
    void aboveTheTableTheReportShows500() {
        AqiReport report = AqiCalculator.hourly(HJ_633_2026, hourly()
                .so2("10").no2("20").co("0.5").o3("30").pm10("900").pm25("600").build());

        assertThat(report.iaqi()).contains(entry("pm25", 500), entry("pm10", 500));
        assertThat(report.aqi()).isEqualTo(500);
        assertThat(report.category()).isEqualTo(AqiCategory.SEVERELY_POLLUTED);
        assertThat(report.primaryPollutants()).containsExactly("pm25", "pm10");
    }

    @Test
    void reportMapsAreUnmodifiable() {
        AqiReport report = AqiCalculator.hourly(HJ_633_2012, HOUR);

        assertThatThrownBy(() -> report.iaqi().put("so2", 1))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> report.concentrations().remove("so2"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> report.primaryPollutants().add("so2"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
