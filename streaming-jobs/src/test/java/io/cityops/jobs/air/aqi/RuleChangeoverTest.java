package io.cityops.jobs.air.aqi;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static io.cityops.jobs.air.aqi.HourlyInput.hourly;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A replay of the night of 2026-02-28/03-01 in Asia/Shanghai, when HJ 633-2026 took over (DOMAIN.md
 * §1): the same concentrations every hour, rated by the rules in force at each hour's start. With
 * PM2.5 at 70 µg/m³ (1-hour mean and 24-hour rolling mean alike):
 * HJ 633-2012, band 35–75: 50 + 50×35/40 = 93.75 -> 94 (good);
 * HJ 633-2026, band 60–115: 100 + 50×10/55 = 109.09 -> 110 (lightly polluted).
 */
class RuleChangeoverTest {

    private static final ZoneOffset SHANGHAI = ZoneOffset.ofHours(8);
    /** 2026-02-28T21:00+08:00: three hours before the change. */
    private static final Instant FIRST_HOUR = OffsetDateTime.of(2026, 2, 28, 21, 0, 0, 0, SHANGHAI).toInstant();
    private static final Duration ONE_HOUR = Duration.ofHours(1);

    private static final HourlyConcentrations EVERY_HOUR = hourly()
            .so2("10").no2("20").co("0.5").o3("30")
            .pm10("60").pm25("70")
            .pm10Rolling24h("60").pm25Rolling24h("70")
            .o3Rolling8h("30")
            .build();

    private record RatedHour(Instant start, AqiReport report) {
    }

    @Test
    void hoursFromLocalMidnightOfTheFirstOfMarchAreRatedByTheNewRules() {
        List<RatedHour> hours = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Instant start = FIRST_HOUR.plus(ONE_HOUR.multipliedBy(i));
            hours.add(new RatedHour(start, AqiCalculator.hourly(AqiStandard.inForceAt(start), EVERY_HOUR)));
        }

        // 21:00, 22:00, 23:00 on 28 February (local) -> HJ 633-2012, PM2.5 IAQI 94
        for (RatedHour hour : hours.subList(0, 3)) {
            assertThat(hour.report().standard()).as("%s", hour.start()).isEqualTo(AqiStandard.HJ_633_2012);
            assertThat(hour.report().iaqi().get("pm25")).as("%s", hour.start()).isEqualTo(94);
            assertThat(hour.report().aqi()).isEqualTo(94);
            assertThat(hour.report().category()).isEqualTo(AqiCategory.GOOD);
            assertThat(hour.report().primaryPollutants()).containsExactly("pm25");
        }
        // 00:00, 01:00, 02:00 on 1 March (local) -> HJ 633-2026, PM2.5 IAQI 110
        for (RatedHour hour : hours.subList(3, 6)) {
            assertThat(hour.report().standard()).as("%s", hour.start()).isEqualTo(AqiStandard.HJ_633_2026);
            assertThat(hour.report().iaqi().get("pm25")).as("%s", hour.start()).isEqualTo(110);
            assertThat(hour.report().aqi()).isEqualTo(110);
            assertThat(hour.report().category()).isEqualTo(AqiCategory.LIGHTLY_POLLUTED);
            assertThat(hour.report().primaryPollutants()).containsExactly("pm25");
        }
        assertThat(hours.get(3).start()).isEqualTo(Instant.parse("2026-02-28T16:00:00Z"));
    }

    @Test
    void theOtherIndicatorsOfTheNightAreTheSameUnderBothRules() {
        AqiReport before = AqiCalculator.hourly(AqiStandard.inForceAt(Instant.parse("2026-02-28T15:00:00Z")), EVERY_HOUR);
        AqiReport after = AqiCalculator.hourly(AqiStandard.inForceAt(Instant.parse("2026-02-28T16:00:00Z")), EVERY_HOUR);

        // so2 1h 10 -> 50×10/150 = 3.33 -> 4; no2 1h 20 -> 10; co 1h 0.5 -> 5; o3 1h 30 -> 50×30/160 = 9.375 -> 10;
        // pm10 60: 2012 band 50–150: 50 + 50×10/100 = 55; 2026 band 50–120: 50 + 50×10/70 = 57.14 -> 58;
        // rolling o3 8h 30 (2012 only): 50×30/100 = 15.
        for (AqiReport report : List.of(before, after)) {
            assertThat(report.iaqi()).containsEntry("so2", 4).containsEntry("no2", 10).containsEntry("co", 5)
                    .containsEntry("o3", 10);
        }
        assertThat(before.iaqi()).containsEntry("pm10", 55).containsEntry("o3_8h", 15);
        assertThat(after.iaqi()).containsEntry("pm10", 58).doesNotContainKey("o3_8h");
    }
}
