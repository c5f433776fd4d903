package io.cityops.jobs.air.aqi;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.cityops.jobs.air.aqi.AqiStandard.HJ_633_2012;
import static io.cityops.jobs.air.aqi.AqiStandard.HJ_633_2026;
import static io.cityops.jobs.air.aqi.DailyInput.daily;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/** The daily report under both rule sets (DOMAIN.md §1.1); every IAQI below is hand-computed. */
class DailyReportTest {

    private static final DailyConcentrations DAY = daily()
            .so2("101").no2("133").co("1.3").pm10("99").pm25("90").o3Max1h("251").o3Max8h("190").build();

    @Test
    void under2012BothOzoneIndicatorsAreRatedAndTheLargerCounts() {
        AqiReport report = AqiCalculator.daily(HJ_633_2012, DAY);

        // HJ 633-2012 daily report, 7 indicators (DOMAIN.md §1.1), 24-hour columns:
        // pm25 90, band 75–115: 100 + 50×15/40 = 118.75 -> 119
        // pm10 99, band 50–150: 50 + 50×49/100 = 74.5 -> 75
        // so2 101, band 50–150: 50 + 50×51/100 = 75.5 -> 76
        // no2 133, band 80–180: 100 + 50×53/100 = 126.5 -> 127
        // co 1.3, band 0–2: 50×1.3/2 = 32.5 -> 33
        // o3 max 1h 251, band 200–300: 100 + 50×51/100 = 125.5 -> 126
        // o3 max 8h 190, band 160–215: 100 + 50×30/55 = 127.27 -> 128
        assertThat(report.iaqi()).containsExactly(entry("pm25", 119), entry("pm10", 75), entry("so2", 76),
                entry("no2", 127), entry("co", 33), entry("o3", 126), entry("o3_8h", 128));
        assertThat(report.aqi()).isEqualTo(128);
        assertThat(report.category()).isEqualTo(AqiCategory.LIGHTLY_POLLUTED);
        assertThat(report.primaryPollutants()).containsExactly("o3");
        assertThat(report.overStandardPollutants()).containsExactly("pm25", "no2", "o3");
        assertThat(report.concentrations()).containsExactly(entry("pm25", new BigDecimal("90")),
                entry("pm10", new BigDecimal("99")), entry("so2", new BigDecimal("101")),
                entry("no2", new BigDecimal("133")), entry("co", new BigDecimal("1.3")),
                entry("o3", new BigDecimal("251")), entry("o3_8h", new BigDecimal("190")));
    }

    @Test
    void under2026TheMaximum1HourOzoneIsIgnoredAndPmUsesTheNewBreakpoints() {
        AqiReport report = AqiCalculator.daily(HJ_633_2026, DAY);

        // HJ 633-2026 daily report, 6 indicators (DOMAIN.md §1.1):
        // pm25 90, 2026 band 60–115: 100 + 50×30/55 = 127.27 -> 128
        // pm10 99, 2026 band 50–120: 50 + 50×49/70 = 85
        // so2 76, no2 127, co 33 as under 2012; o3 max 8h 190 -> 128; the max 1h O3 is not rated.
        assertThat(report.iaqi()).containsExactly(entry("pm25", 128), entry("pm10", 85), entry("so2", 76),
                entry("no2", 127), entry("co", 33), entry("o3_8h", 128));
        assertThat(report.aqi()).isEqualTo(128);
        assertThat(report.primaryPollutants()).as("PM2.5 and 8-hour ozone tie at 128").containsExactly("pm25", "o3");
        assertThat(report.overStandardPollutants()).isEmpty();
        assertThat(report.concentrations()).doesNotContainKey("o3");
    }

    @Test
    void allZeroIs0Under2012And1Under2026() {
        DailyConcentrations zero = daily().so2("0").no2("0").co("0").pm10("0").pm25("0").o3Max1h("0").o3Max8h("0")
                .build();

        assertThat(AqiCalculator.daily(HJ_633_2012, zero).aqi()).isZero();
        AqiReport report2026 = AqiCalculator.daily(HJ_633_2026, zero);
        assertThat(report2026.aqi()).isEqualTo(1);
        assertThat(report2026.category()).isEqualTo(AqiCategory.EXCELLENT);
        assertThat(report2026.primaryPollutants()).isEmpty();
    }

    @Test
    void dailySo2IsRatedAgainstThe24HourColumnWithoutSpecialRule() {
        // Daily SO2 900: SO2 24h band 800–1600: 200 + 100×100/800 = 212.5 -> 213 (both rule sets).
        for (AqiStandard standard : AqiStandard.values()) {
            AqiReport report = AqiCalculator.daily(standard, daily().so2("900").build());
            assertThat(report.iaqi()).as(standard.label()).containsExactly(entry("so2", 213));
            assertThat(report.aqi()).as(standard.label()).isEqualTo(213);
        }
    }
}
