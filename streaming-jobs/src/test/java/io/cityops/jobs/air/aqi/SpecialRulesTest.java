package io.cityops.jobs.air.aqi;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static io.cityops.jobs.air.aqi.DailyInput.daily;
import static io.cityops.jobs.air.aqi.HourlyInput.hourly;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The special rules for the two columns that end at 800 µg/m³ (DOMAIN.md §1.1):
 * HJ 633-2012: SO2 1h above 800 -> the 24-hour SO2's IAQI; O3 8h above 800 -> no 8-hour IAQI, the
 * 1-hour O3 stands. HJ 633-2026: SO2 1h above 800 -> IAQI 200; O3 8h above 800 -> IAQI 300.
 */
class SpecialRulesTest {

    @ParameterizedTest(name = "HJ 633-2012 hourly SO2 1h {0}, 24h {1} -> so2 IAQI {2} from {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # SO2 1h at 800 is still in the 1-hour column: 200; the 24-hour value is not used
            800    | 1001 | 200 | 800  | HJ 633-2012 Table 1, SO2 1h breakpoint 800 -> 200
            # above 800: the 24-hour rolling mean against the SO2 24h column
            800.01 | 1001 | 226 | 1001 | HJ 633-2012 SO2 1h > 800: 24h 1001, band 800–1600: 200 + 100×201/800 = 225.125 -> 226
            900    | 300  | 124 | 300  | HJ 633-2012 SO2 1h > 800: 24h 300, band 150–475: 100 + 50×150/325 = 123.08 -> 124
            5000   | 2621 | 500 | 2621 | HJ 633-2012 SO2 1h > 800: 24h above the SO2 24h column -> 500
            """)
    void so2Above800Under2012IsRatedByIts24HourMean(BigDecimal so2, BigDecimal so2Rolling24h, int expectedIaqi,
                                                    BigDecimal expectedConcentration, String source) {
        AqiReport report = AqiCalculator.hourly(AqiStandard.HJ_633_2012,
                hourly().so2(so2.toPlainString()).so2Rolling24h(so2Rolling24h.toPlainString()).build());

        assertThat(report.iaqi()).as(source).containsExactly(entry("so2", expectedIaqi));
        assertThat(report.concentrations().get("so2")).as("the value used").isEqualByComparingTo(expectedConcentration);
        assertThat(report.aqi()).isEqualTo(expectedIaqi);
        assertThat(report.primaryPollutants()).containsExactly("so2");
    }

    @ParameterizedTest(name = "HJ 633-2012 hourly SO2 1h {0} without a 24-hour mean")
    @CsvSource({"800.01", "801", "1500"})
    void so2Above800Under2012WithoutA24HourMeanHasNoIaqi(String so2) {
        // NO2 1h 155, band 100–200: 50 + 50×55/100 = 77.5 -> 78 is all that is left.
        AqiReport report = AqiCalculator.hourly(AqiStandard.HJ_633_2012, hourly().so2(so2).no2("155").build());

        assertThat(report.iaqi()).containsExactly(entry("no2", 78));
        assertThat(report.concentrations()).containsOnlyKeys("no2");
        assertThat(report.aqi()).as("HJ 633-2012 publishes what the pollutants present give").isEqualTo(78);
    }

    @ParameterizedTest(name = "HJ 633-2026 hourly SO2 1h {0} -> 200 (concentration {1})")
    @CsvSource(delimiter = '|', textBlock = """
            800    | 800  | HJ 633-2026 Table 1, SO2 1h breakpoint 800 -> 200
            800.5  | 800  | GB/T 8170: 800.5 -> 800 (even), breakpoint 800 -> 200
            800.6  | 801  | GB/T 8170: 800.6 -> 801 > 800, HJ 633-2026 special rule -> 200
            900    | 900  | HJ 633-2026 SO2 1h > 800 -> 200
            5000   | 5000 | HJ 633-2026 SO2 1h > 800 -> 200 (not 500)
            """)
    void so2Above800Under2026Is200(String so2, BigDecimal expectedConcentration, String source) {
        // The 24-hour rolling SO2 (1001 -> 226 under 2012) must not be used under 2026.
        AqiReport report = AqiCalculator.hourly(AqiStandard.HJ_633_2026,
                hourly().so2(so2).so2Rolling24h("1001").build());

        assertThat(report.iaqi()).as(source).containsExactly(entry("so2", 200));
        assertThat(report.concentrations().get("so2")).isEqualByComparingTo(expectedConcentration);
        // Five pollutants are missing, but 200 > 100 is published (HJ 633-2026 missing-data rule).
        assertThat(report.aqi()).isEqualTo(200);
        assertThat(report.category()).isEqualTo(AqiCategory.MODERATELY_POLLUTED);
        assertThat(report.primaryPollutants()).containsExactly("so2");
    }

    @ParameterizedTest(name = "HJ 633-2012 hourly O3 8h {0}")
    @CsvSource(delimiter = '|', textBlock = """
            800    | true  | 300 | HJ 633-2012 Table 1, O3 8h breakpoint 800 -> 300
            800.01 | false | 77  | HJ 633-2012 O3 8h > 800: no 8-hour IAQI; O3 1h 181 -> 50 + 50×21/40 = 76.25 -> 77
            1000   | false | 77  | HJ 633-2012 O3 8h > 800: no 8-hour IAQI; O3 1h 181 -> 77
            """)
    void o3EightHourAbove800Under2012LeavesThe1HourOzone(String o3Rolling8h, boolean eightHourRated, int expectedAqi,
                                                         String source) {
        AqiReport report = AqiCalculator.hourly(AqiStandard.HJ_633_2012,
                hourly().o3("181").o3Rolling8h(o3Rolling8h).build());

        if (eightHourRated) {
            assertThat(report.iaqi()).as(source).containsExactly(entry("o3", 77), entry("o3_8h", 300));
            assertThat(report.concentrations()).containsOnlyKeys("o3", "o3_8h");
        } else {
            assertThat(report.iaqi()).as(source).containsExactly(entry("o3", 77));
            assertThat(report.concentrations()).containsOnlyKeys("o3");
        }
        assertThat(report.aqi()).isEqualTo(expectedAqi);
        assertThat(report.primaryPollutants()).containsExactly("o3");
    }

    @ParameterizedTest(name = "HJ 633-2012 daily O3 max 8h {0}, max 1h {1} -> AQI {2}")
    @CsvSource(delimiter = '|', textBlock = """
            800 | 901 | 351 | max 8h 800 -> 300; max 1h 901, band 800–1000: 300 + 100×101/200 = 350.5 -> 351; the larger counts
            900 | 901 | 351 | max 8h > 800: no 8-hour IAQI; max 1h 901 -> 351
            900 | 251 | 126 | max 8h > 800: no 8-hour IAQI; max 1h 251, band 200–300: 100 + 50×51/100 = 125.5 -> 126
            """)
    void o3EightHourAbove800Under2012DailyLeavesTheMaximum1HourOzone(String o3Max8h, String o3Max1h, int expectedAqi,
                                                                     String source) {
        AqiReport report = AqiCalculator.daily(AqiStandard.HJ_633_2012,
                daily().o3Max8h(o3Max8h).o3Max1h(o3Max1h).build());

        assertThat(report.aqi()).as(source).isEqualTo(expectedAqi);
        assertThat(report.iaqi()).containsEntry("o3", expectedAqi);
        assertThat(report.iaqi().containsKey("o3_8h")).isEqualTo(o3Max8h.equals("800"));
        assertThat(report.primaryPollutants()).containsExactly("o3");
    }

    @ParameterizedTest(name = "HJ 633-2012 daily O3 max 8h {0} without a 1-hour maximum")
    @CsvSource({"800.1", "1200"})
    void o3EightHourAbove800Under2012WithoutThe1HourMaximumHasNoOzoneIaqi(String o3Max8h) {
        // PM2.5 20, band 0–35: 50×20/35 = 28.57 -> 29.
        AqiReport report = AqiCalculator.daily(AqiStandard.HJ_633_2012, daily().o3Max8h(o3Max8h).pm25("20").build());

        assertThat(report.iaqi()).containsExactly(entry("pm25", 29));
        assertThat(report.aqi()).isEqualTo(29);
    }

    @ParameterizedTest(name = "HJ 633-2026 daily O3 max 8h {0} -> 300")
    @CsvSource(delimiter = '|', textBlock = """
            800    | 800  | HJ 633-2026 Table 1, O3 8h breakpoint 800 -> 300
            800.5  | 800  | GB/T 8170: 800.5 -> 800, breakpoint -> 300
            801    | 801  | HJ 633-2026 O3 8h > 800 -> 300
            5000   | 5000 | HJ 633-2026 O3 8h > 800 -> 300 (not 500)
            """)
    void o3EightHourAbove800Under2026Is300(String o3Max8h, BigDecimal expectedConcentration, String source) {
        // The max 1-hour O3 (1100 -> 451 under 2012) is not used by HJ 633-2026.
        AqiReport report = AqiCalculator.daily(AqiStandard.HJ_633_2026,
                daily().o3Max8h(o3Max8h).o3Max1h("1100").build());

        assertThat(report.iaqi()).as(source).containsExactly(entry("o3_8h", 300));
        assertThat(report.concentrations()).containsOnlyKeys("o3_8h");
        assertThat(report.concentrations().get("o3_8h")).isEqualByComparingTo(expectedConcentration);
        assertThat(report.aqi()).isEqualTo(300);
        assertThat(report.category()).isEqualTo(AqiCategory.HEAVILY_POLLUTED);
        assertThat(report.primaryPollutants()).containsExactly("o3");
    }
}
