package io.cityops.jobs.air.aqi;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.cityops.jobs.air.aqi.AqiStandard.HJ_633_2012;
import static io.cityops.jobs.air.aqi.AqiStandard.HJ_633_2026;
import static io.cityops.jobs.air.aqi.DailyInput.daily;
import static io.cityops.jobs.air.aqi.HourlyInput.hourly;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Missing or invalid pollutants (null inputs). HJ 633-2026 (DOMAIN.md §1.1): compute the AQI from
 * the others; publish it if above 100, otherwise only concentrations and IAQIs, with AQI, category
 * and primary pollutant not available. HJ 633-2012 states no rule: the AQI of the pollutants
 * present is published (the documented choice of {@link AqiCalculator}).
 */
class MissingDataTest {

    @Test
    void under2026AnIncompleteHourAtOrBelow100IsNotAvailable() {
        // Only PM2.5 60: HJ 633-2026 breakpoint 60 -> 100, not above 100.
        AqiReport report = AqiCalculator.hourly(HJ_633_2026, hourly().pm25("60").build());

        assertThat(report.available()).isFalse();
        assertThat(report.aqi()).isNull();
        assertThat(report.category()).isNull();
        assertThat(report.primaryPollutants()).isEmpty();
        assertThat(report.iaqi()).containsExactly(entry("pm25", 100));
        assertThat(report.concentrations()).containsOnlyKeys("pm25");
        assertThat(report.concentrations().get("pm25")).isEqualByComparingTo("60");
    }

    @Test
    void under2026AnIncompleteHourAbove100IsPublished() {
        // Only PM2.5 61: band 60–115: 100 + 50×1/55 = 100.9 -> 101.
        AqiReport report = AqiCalculator.hourly(HJ_633_2026, hourly().pm25("61").build());

        assertThat(report.available()).isTrue();
        assertThat(report.aqi()).isEqualTo(101);
        assertThat(report.category()).isEqualTo(AqiCategory.LIGHTLY_POLLUTED);
        assertThat(report.primaryPollutants()).containsExactly("pm25");
    }

    @Test
    void under2026OneMissingPollutantIsEnoughToWithholdAGoodHour() {
        // Everything but O3. pm25 47 -> 50 + 50×12/25 = 74; pm10 27 -> 27; so2 100 -> 34; no2 155 -> 78;
        // co 3.3 -> 33. AQI 78 <= 100 with O3 missing: not available.
        HourlyInput withoutOzone = hourly().pm25("47").pm10("27").so2("100").no2("155").co("3.3");
        AqiReport incomplete = AqiCalculator.hourly(HJ_633_2026, withoutOzone.build());

        assertThat(incomplete.available()).isFalse();
        assertThat(incomplete.iaqi()).containsExactly(entry("pm25", 74), entry("pm10", 27), entry("so2", 34),
                entry("no2", 78), entry("co", 33));

        // With O3 1h 100 (50×100/160 = 31.25 -> 32) the hour is complete and AQI 78 is published.
        AqiReport complete = AqiCalculator.hourly(HJ_633_2026, withoutOzone.o3("100").build());
        assertThat(complete.available()).isTrue();
        assertThat(complete.aqi()).isEqualTo(78);
        assertThat(complete.category()).isEqualTo(AqiCategory.GOOD);
        assertThat(complete.primaryPollutants()).containsExactly("no2");
    }

    @Test
    void under2026RollingPmDoesNotStandInForMissingHourlyPm() {
        AqiReport report = AqiCalculator.hourly(HJ_633_2026, hourly()
                .so2("100").no2("155").co("3.3").o3("100").pm10Rolling24h("30").pm25Rolling24h("20").build());

        assertThat(report.available()).isFalse();
        assertThat(report.iaqi()).containsOnlyKeys("so2", "no2", "co", "o3");
    }

    @Test
    void under2026TheDayIsIncompleteWithoutTheMaximum8HourOzoneEvenWithThe1HourMaximum() {
        // pm25 60 -> 100, the rest low; o3Max1h is not a 2026 indicator, so ozone is missing.
        AqiReport report = AqiCalculator.daily(HJ_633_2026, daily()
                .so2("10").no2("20").co("0.5").pm10("30").pm25("60").o3Max1h("100").build());

        assertThat(report.available()).isFalse();
        assertThat(report.iaqi()).containsEntry("pm25", 100).doesNotContainKeys("o3", "o3_8h");
    }

    @Test
    void under2026AnIncompleteDayAbove100IsPublished() {
        // pm25 70 -> 100 + 50×10/55 = 109.09 -> 110.
        AqiReport report = AqiCalculator.daily(HJ_633_2026, daily().pm25("70").build());

        assertThat(report.aqi()).isEqualTo(110);
        assertThat(report.primaryPollutants()).containsExactly("pm25");
    }

    @Test
    void under2026AnIncompleteAllZeroHourIsNotAvailableDespiteTheClampTo1() {
        AqiReport report = AqiCalculator.hourly(HJ_633_2026,
                hourly().so2("0").no2("0").co("0").o3("0").pm10("0").build());

        assertThat(report.available()).isFalse();
        assertThat(report.iaqi()).hasSize(5);
    }

    @Test
    void under2026SulphurDioxideAbove800CountsAsPresent() {
        // so2 900 -> 200 by the special rule; the other five present and low: complete, AQI 200.
        AqiReport report = AqiCalculator.hourly(HJ_633_2026, hourly()
                .so2("900").no2("20").co("0.5").o3("30").pm10("30").pm25("20").build());

        assertThat(report.aqi()).isEqualTo(200);
        assertThat(report.primaryPollutants()).containsExactly("so2");
    }

    @Test
    void under2012TheAqiOfThePollutantsPresentIsPublishedWhateverItsValue() {
        // Only rolling PM2.5 20: 50×20/35 = 28.57 -> 29.
        AqiReport report = AqiCalculator.hourly(HJ_633_2012, hourly().pm25Rolling24h("20").build());

        assertThat(report.available()).isTrue();
        assertThat(report.aqi()).isEqualTo(29);
        assertThat(report.category()).isEqualTo(AqiCategory.EXCELLENT);
        assertThat(report.primaryPollutants()).isEmpty();

        // Daily, only PM10 99: 50 + 50×49/100 = 74.5 -> 75.
        AqiReport day = AqiCalculator.daily(HJ_633_2012, daily().pm10("99").build());
        assertThat(day.aqi()).isEqualTo(75);
        assertThat(day.primaryPollutants()).containsExactly("pm10");
    }

    @ParameterizedTest
    @EnumSource(AqiStandard.class)
    void withNoPollutantAtAllNothingIsAvailable(AqiStandard standard) {
        AqiReport hour = AqiCalculator.hourly(standard, hourly().build());
        AqiReport day = AqiCalculator.daily(standard, daily().build());

        for (AqiReport report : new AqiReport[] {hour, day}) {
            assertThat(report.standard()).isEqualTo(standard);
            assertThat(report.available()).isFalse();
            assertThat(report.aqi()).isNull();
            assertThat(report.category()).isNull();
            assertThat(report.primaryPollutants()).isEmpty();
            assertThat(report.iaqi()).isEmpty();
            assertThat(report.concentrations()).isEmpty();
            assertThat(report.overStandardPollutants()).isEmpty();
        }
    }
}
