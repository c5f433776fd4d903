package io.cityops.jobs.air.aqi;

import org.junit.jupiter.api.Test;

import static io.cityops.jobs.air.aqi.AqiStandard.HJ_633_2012;
import static io.cityops.jobs.air.aqi.AqiStandard.HJ_633_2026;
import static io.cityops.jobs.air.aqi.DailyInput.daily;
import static io.cityops.jobs.air.aqi.HourlyInput.hourly;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Primary pollutant(s): the pollutant(s) with the largest IAQI when the AQI is above 50, all of them
 * on a tie, none at or below 50 (DOMAIN.md §1.1, both rule sets); wire keys in the stable order
 * pm25, pm10, so2, no2, co, o3, ozone once.
 */
class PrimaryPollutantTest {

    @Test
    void anAqiOf50HasNoPrimaryPollutant() {
        // Rolling PM2.5 35: HJ 633-2012 breakpoint 35 -> 50.
        AqiReport report = AqiCalculator.hourly(HJ_633_2012, hourly().pm25Rolling24h("35").no2("20").build());

        assertThat(report.aqi()).isEqualTo(50);
        assertThat(report.primaryPollutants()).isEmpty();
    }

    @Test
    void anAqiOf51HasAPrimaryPollutant() {
        // Rolling PM2.5 35.1: 50 + 50×0.1/40 = 50.125 -> 51.
        AqiReport report = AqiCalculator.hourly(HJ_633_2012, hourly().pm25Rolling24h("35.1").no2("20").build());

        assertThat(report.aqi()).isEqualTo(51);
        assertThat(report.primaryPollutants()).containsExactly("pm25");
    }

    @Test
    void aTieNamesEveryPollutantInTheStableOrder() {
        // NO2 1h 154: 50 + 50×54/100 = 77; rolling PM2.5 56: 50 + 50×21/40 = 76.25 -> 77; CO 1h 3.3 -> 33.
        AqiReport report = AqiCalculator.hourly(HJ_633_2012,
                hourly().no2("154").pm25Rolling24h("56").co("3.3").build());

        assertThat(report.aqi()).isEqualTo(77);
        assertThat(report.primaryPollutants()).containsExactly("pm25", "no2");
    }

    @Test
    void bothOzoneIndicatorsAtTheTopNameOzoneOnce() {
        // Daily 2012: max O3 1h 181 -> 50 + 50×21/40 = 76.25 -> 77; max O3 8h 132 -> 50 + 50×32/60 = 76.67 -> 77.
        AqiReport ozoneOnly = AqiCalculator.daily(HJ_633_2012, daily().o3Max1h("181").o3Max8h("132").build());
        assertThat(ozoneOnly.iaqi()).containsEntry("o3", 77).containsEntry("o3_8h", 77);
        assertThat(ozoneOnly.primaryPollutants()).containsExactly("o3");

        // With PM2.5 56 (-> 77) tying as well: PM2.5 comes first.
        AqiReport withPm = AqiCalculator.daily(HJ_633_2012,
                daily().o3Max1h("181").o3Max8h("132").pm25("56").build());
        assertThat(withPm.primaryPollutants()).containsExactly("pm25", "o3");
    }

    @Test
    void the8HourOzoneAloneAtTheTopNamesOzone() {
        // Hourly 2012: O3 1h 100 -> 32; rolling O3 8h 131 -> 76; NO2 1h 100 -> 50.
        AqiReport report = AqiCalculator.hourly(HJ_633_2012, hourly().o3("100").o3Rolling8h("131").no2("100").build());

        assertThat(report.aqi()).isEqualTo(76);
        assertThat(report.primaryPollutants()).containsExactly("o3");
    }

    @Test
    void allSixPollutantsTiedUnder2026AreNamedInTheStableOrder() {
        // HJ 633-2026 Table 1 at IAQI 100: SO2 1h 500, NO2 1h 200, CO 1h 10, O3 1h 200, PM10 24h 120, PM2.5 24h 60.
        AqiReport report = AqiCalculator.hourly(HJ_633_2026, hourly()
                .o3("200").co("10").no2("200").so2("500").pm10("120").pm25("60").build());

        assertThat(report.aqi()).isEqualTo(100);
        assertThat(report.category()).isEqualTo(AqiCategory.GOOD);
        assertThat(report.primaryPollutants()).containsExactly("pm25", "pm10", "so2", "no2", "co", "o3");
    }

    @Test
    void allPollutantsTiedUnder2012NameOzoneOnce() {
        // HJ 633-2012 Table 1 at IAQI 100: SO2 1h 500, NO2 1h 200, CO 1h 10, O3 1h 200, O3 8h 160,
        // PM10 24h 150, PM2.5 24h 75.
        AqiReport report = AqiCalculator.hourly(HJ_633_2012, hourly()
                .o3("200").o3Rolling8h("160").co("10").no2("200").so2("500")
                .pm10Rolling24h("150").pm25Rolling24h("75").build());

        assertThat(report.aqi()).isEqualTo(100);
        assertThat(report.primaryPollutants()).containsExactly("pm25", "pm10", "so2", "no2", "co", "o3");
        assertThat(report.overStandardPollutants()).as("IAQI 100 is not over the standard").isEmpty();
    }

    @Test
    void aPollutantBelowTheTopIsNotPrimary() {
        // Daily 2026 complete: pm25 70 -> 110; pm10 100 -> 86; so2 10 -> 10; no2 20 -> 25; co 0.5 -> 13 (50×0.5/2 = 12.5);
        // o3 8h 131 -> 76.
        AqiReport report = AqiCalculator.daily(HJ_633_2026, daily()
                .pm25("70").pm10("100").so2("10").no2("20").co("0.5").o3Max8h("131").build());

        assertThat(report.iaqi()).containsEntry("co", 13).containsEntry("no2", 25).containsEntry("so2", 10);
        assertThat(report.aqi()).isEqualTo(110);
        assertThat(report.primaryPollutants()).containsExactly("pm25");
    }
}
