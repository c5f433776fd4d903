package io.cityops.jobs.air;

import static io.cityops.jobs.air.AirFixtures.HOUR;
import static io.cityops.jobs.air.AirFixtures.LATENESS;
import static io.cityops.jobs.air.AirFixtures.STATION;
import static io.cityops.jobs.air.AirFixtures.localMs;
import static org.assertj.core.api.Assertions.assertThat;

import io.cityops.jobs.air.aqi.AqiCalculator;
import io.cityops.jobs.air.aqi.AqiReport;
import io.cityops.jobs.air.aqi.AqiStandard;
import io.cityops.jobs.air.aqi.DailyConcentrations;
import io.cityops.jobs.air.aqi.HourlyConcentrations;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AirReportsTest {

    /** 2026-11-27 00:00 in Asia/Shanghai = 2026-11-26T16:00Z. */
    private static final long DAY_START = localMs("2026-11-27T00:00");
    private static final long DAY_END = localMs("2026-11-28T00:00");

    private KeyedOneInputStreamOperatorTestHarness<String, HourlyMeans, AirResult> harness;

    @BeforeEach
    void setUp() throws Exception {
        harness = ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                new AirReports(new AirNetwork(AirFixtures.wanbailin()), LATENESS), HourlyMeans::key, Types.STRING);
    }

    @AfterEach
    void tearDown() throws Exception {
        harness.close();
    }

    @Test
    void rollingPmNeedsTwentyOfTwentyFourHours() throws Exception {
        for (int h = 0; h < 24; h++) {
            send(station(DAY_START + h * HOUR, values(10 + h, 50, 100)));
        }
        List<AirResult> hourly = harness.extractOutputValues();

        assertThat(hourly.get(18).rolling()).doesNotContainKey(HourlyReports.PM25_24H);
        assertThat(hourly.get(19).rolling().get(HourlyReports.PM25_24H)).isEqualByComparingTo("19.5"); // mean of 10..29
        assertThat(hourly.get(23).rolling().get(HourlyReports.PM25_24H)).isEqualByComparingTo("21.5"); // mean of 10..33
        assertThat(hourly.get(23).rolling().get(HourlyReports.PM10_24H)).isEqualByComparingTo("50");
    }

    @Test
    void eightHourOzoneNeedsSixOfEightHours() throws Exception {
        for (int h = 0; h < 12; h++) {
            boolean missing = h >= 2 && h <= 4;
            send(station(DAY_START + h * HOUR, values(30, 50, missing ? null : 100 + h)));
        }
        List<AirResult> hourly = harness.extractOutputValues();

        assertThat(hourly.get(7).rolling()).as("hours 0..7 without 2, 3, 4: five valid").doesNotContainKey("o3_8h");
        assertThat(hourly.get(10).rolling().get("o3_8h"))
                .as("hours 3..10 without 3, 4: six valid").isEqualByComparingTo("107.5"); // mean of 105..110
    }

    @Test
    void hourlyReportIsWhatTheCalculatorGivesForTheMeansAndRollingMeans() throws Exception {
        for (int h = 0; h < 24; h++) {
            send(station(DAY_START + h * HOUR, values(40 + h, 80, 120)));
        }
        AirResult last = harness.extractOutputValues().get(23);

        AqiReport expected = AqiCalculator.hourly(AqiStandard.HJ_633_2026, new HourlyConcentrations(
                dec("10"), dec("20"), dec("0.8"), dec("120"), dec("80"), dec("63"),
                dec("80"), dec("51.5"), dec("120"), dec("10")));
        assertThat(last.aqi()).isEqualTo(expected.aqi());
        assertThat(last.iaqi()).isEqualTo(expected.iaqi());
        assertThat(last.standard()).isEqualTo("HJ 633-2026");
        assertThat(last.valid()).isTrue();
    }

    @Test
    void underTheOldRulesAnHourWithoutTwentyHoursOfPmIsInvalid() throws Exception {
        long start = localMs("2026-02-10T00:00");
        for (int h = 0; h < 21; h++) {
            send(station(start + h * HOUR, values(40, 80, 120)));
        }
        List<AirResult> hourly = harness.extractOutputValues();

        assertThat(hourly.get(18).standard()).isEqualTo("HJ 633-2012");
        assertThat(hourly.get(18).valid()).as("19 hours of PM").isFalse();
        assertThat(hourly.get(19).valid()).as("20 hours of PM").isTrue();
        assertThat(hourly.get(19).iaqi()).containsKeys("pm25", "pm10", "o3_8h");
    }

    @Test
    void dailyReportCoversTheLocalDayAndItsMaximumEightHourOzoneReachesIntoTheEveningBefore() throws Exception {
        // the evening before: O3 200 from 17:00 to 23:00 local
        for (long h = DAY_START - 7 * HOUR; h < DAY_START; h += HOUR) {
            send(station(h, values(30, 60, 200)));
        }
        // the day: O3 50, but 150 from 12:00 to 15:00; PM2.5 30 all day but 54 from 00:00 to 05:00
        for (int h = 0; h < 24; h++) {
            send(station(DAY_START + h * HOUR, values(h < 6 ? 54 : 30, 60, h >= 12 && h <= 15 ? 150 : 50)));
        }
        harness.processWatermark(DAY_END - 2);
        assertThat(dailyOf(DAY_START)).isEmpty();

        harness.processWatermark(DAY_END - 1);

        AirResult day = single(dailyOf(DAY_START));
        assertThat(day.start()).isEqualTo(DAY_START);
        assertThat(day.end()).isEqualTo(DAY_END);
        assertThat(day.valid()).isTrue();
        assertThat(day.finalResult()).isFalse();
        // max 8 h: the window 17:00–00:59 = (7 × 200 + 50) / 8 = 181.25, rounded to 181 by HJ 633-2026
        assertThat(day.concentrations().get("o3_8h")).isEqualByComparingTo("181");
        // PM2.5: (6 × 54 + 18 × 30) / 24 = 36
        AqiReport expected = AqiCalculator.daily(AqiStandard.HJ_633_2026, new DailyConcentrations(
                dec("10"), dec("20"), dec("0.8"), dec("60"), dec("36"), dec("150"), dec("181.25")));
        assertThat(day.aqi()).isEqualTo(expected.aqi());
        assertThat(day.iaqi()).isEqualTo(expected.iaqi());
        assertThat(day.category()).isEqualTo(expected.category().code());
        assertThat(day.primaryPollutants()).isEqualTo(expected.primaryPollutants());
    }

    @Test
    void dayWithFewerThanTwentyValidHoursIsInvalid() throws Exception {
        for (int h = 0; h < 24; h++) {
            HourlyMeans means = station(DAY_START + h * HOUR, values(30, 60, 80));
            if (h >= 19) {
                means = new HourlyMeans(STATION, AirSubjects.STATION, means.hourStart(), PollutantValues.NONE, false,
                        List.of(), 1, 0, false);
            }
            send(means);
        }
        harness.processWatermark(DAY_END - 1);

        AirResult day = single(daily());
        assertThat(day.valid()).isFalse();
        assertThat(day.concentrations()).doesNotContainKeys("pm25", "pm10", "so2", "no2", "co", "o3_8h");
    }

    @Test
    void daysBeforeAndAfterTheRuleChangeAreRatedByTheirOwnStandard() throws Exception {
        long feb28 = localMs("2026-02-28T00:00");
        for (int h = 0; h < 48; h++) {
            send(station(feb28 + h * HOUR, values(50, 100, 80)));
        }
        harness.processWatermark(feb28 + 48 * HOUR - 1);

        List<AirResult> days = latestPerDay();
        assertThat(days).hasSize(2);
        assertThat(days.get(0).standard()).isEqualTo("HJ 633-2012");
        assertThat(days.get(1).standard()).isEqualTo("HJ 633-2026");
        // PM2.5 50: IAQI 69 under 2012 (35–75 → 50–100), 80 under 2026 (35–60 → 50–100)
        assertThat(days.get(0).iaqi().get("pm25")).isEqualTo(69);
        assertThat(days.get(1).iaqi().get("pm25")).isEqualTo(80);
        List<AirResult> hourly = harness.extractOutputValues();
        assertThat(hourly.get(23).standard()).isEqualTo("HJ 633-2012");
        assertThat(hourly.get(24).standard()).isEqualTo("HJ 633-2026");
    }

    @Test
    void lateRevisionOfAnHourRevisesTheLaterHoursAndTheDay() throws Exception {
        for (int h = 0; h < 24; h++) {
            send(station(DAY_START + h * HOUR, values(30, 60, 80)));
        }
        harness.processWatermark(DAY_END - 1);
        int hourlyBefore = harness.extractOutputValues().size();

        HourlyMeans revised = new HourlyMeans(STATION, AirSubjects.STATION, DAY_START + 22 * HOUR,
                values(54, 60, 80), true, List.of(STATION), 1, 1, false);
        send(revised);

        List<AirResult> hourly = harness.extractOutputValues().subList(hourlyBefore, harness.extractOutputValues().size());
        assertThat(hourly).extracting(AirResult::start).containsExactly(DAY_START + 22 * HOUR, DAY_START + 23 * HOUR);
        assertThat(hourly).allSatisfy(r -> assertThat(r.revision()).isEqualTo(1));
        assertThat(hourly.get(1).rolling().get(HourlyReports.PM25_24H)).isEqualByComparingTo("31"); // (23 × 30 + 54) / 24
        List<AirResult> days = dailyOf(DAY_START);
        assertThat(days).hasSize(2);
        assertThat(days.get(1).revision()).isEqualTo(1);
        assertThat(days.get(1).concentrations().get("pm25")).isEqualByComparingTo("31");
    }

    @Test
    void finalHourAndDayAreMarkedAndLeaveNoStateForAStation() throws Exception {
        for (int h = 0; h < 24; h++) {
            send(station(DAY_START + h * HOUR, values(30, 60, 80)));
        }
        harness.processWatermark(DAY_END - 1);
        send(finalOf(station(DAY_START + 23 * HOUR, values(30, 60, 80))));
        harness.processWatermark(DAY_END + LATENESS.toMillis() - 1);

        List<AirResult> days = daily();
        assertThat(days).extracting(AirResult::finalResult).containsExactly(false, true);
        assertThat(days.get(1).revision()).isZero();
        AirResult lastHourly = harness.extractOutputValues().get(harness.extractOutputValues().size() - 1);
        assertThat(lastHourly.finalResult()).isTrue();
        assertThat(lastHourly.revision()).isZero();

        harness.processWatermark(DAY_END + 40 * HOUR);
        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void regionDaysAddUpToTheYearToDate() throws Exception {
        IntFunction<HourlyMeans> hour = h -> new HourlyMeans("wbl", AirSubjects.REGION, DAY_START + h * HOUR,
                h < 24 ? values(30, 60, 80) : values(120, 200, 80), true, List.of("aq-wbl-0001", "aq-wbl-0002"), 14,
                0, false);
        for (int h = 0; h < 48; h++) {
            send(hour.apply(h));
        }
        harness.processWatermark(DAY_END + 24 * HOUR - 1);

        List<AirResult> days = latestPerDay();
        assertThat(days).hasSize(2);
        assertThat(days).extracting(AirResult::aqi).allSatisfy(aqi -> assertThat(aqi).isNotNull());
        assertThat(days.get(0).aqi()).isLessThanOrEqualTo(100);
        assertThat(days.get(1).aqi()).isGreaterThan(100);
        assertThat(days.get(0).stationsReporting()).isEqualTo(2);
        assertThat(days.get(0).stationsExpected()).isEqualTo(14);

        List<AirYtdResult> ytd = yearToDate();
        assertThat(ytd.get(0).validDays()).isEqualTo(1);
        AirYtdResult last = ytd.get(ytd.size() - 1);
        assertThat(last.year()).isEqualTo(2026);
        assertThat(last.goodDays()).isEqualTo(1);
        assertThat(last.validDays()).isEqualTo(2);
        assertThat(last.goodDayRatio()).isEqualByComparingTo("50");
        assertThat(last.pm25Mean()).isEqualByComparingTo("75"); // (30 + 120) / 2
        assertThat(last.goodDayRatioTarget()).isEqualTo(72.0);
        assertThat(last.pm25MeanTarget()).isEqualTo(38.0);
        assertThat(last.lastDay()).isEqualTo("2026-11-28");
        assertThat(last.start()).isEqualTo(localMs("2026-01-01T00:00"));

        // a year's outcomes are kept until the year is over
        harness.processWatermark(localMs("2027-01-01T00:00") + LATENESS.toMillis() - 1);
        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    private static PollutantValues values(Number pm25, Number pm10, Number o3) {
        return new PollutantValues(dec(pm25), dec(pm10), dec(10), dec(20), dec("0.8"), o3 == null ? null : dec(o3));
    }

    private static HourlyMeans station(long hourStart, PollutantValues means) {
        boolean complete = means.asMap().size() == 6;
        return new HourlyMeans(STATION, AirSubjects.STATION, hourStart, means, complete, List.of(STATION), 1, 0, false);
    }

    private static HourlyMeans finalOf(HourlyMeans means) {
        return new HourlyMeans(means.subject(), means.subjectType(), means.hourStart(), means.means(), means.valid(),
                means.stations(), means.expected(), means.revision(), true);
    }

    private void send(HourlyMeans means) throws Exception {
        harness.processElement(means, means.hourStart() + HOUR - 1);
    }

    private List<AirResult> daily() {
        var records = harness.getSideOutput(AirReports.DAILY);
        return records == null ? List.of() : records.stream().map(StreamRecord::getValue).toList();
    }

    private List<AirResult> dailyOf(long dayStart) {
        return daily().stream().filter(d -> d.start() == dayStart).toList();
    }

    /** The last daily result published for each day, in day order. */
    private List<AirResult> latestPerDay() {
        java.util.Map<Long, AirResult> latest = new java.util.TreeMap<>();
        daily().forEach(d -> latest.put(d.start(), d));
        return List.copyOf(latest.values());
    }

    private List<AirYtdResult> yearToDate() {
        var records = harness.getSideOutput(AirReports.YEAR_TO_DATE);
        return records == null ? List.of() : records.stream().map(StreamRecord::getValue).toList();
    }

    private static AirResult single(List<AirResult> results) {
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    private static BigDecimal dec(Object value) {
        return new BigDecimal(value.toString());
    }
}
