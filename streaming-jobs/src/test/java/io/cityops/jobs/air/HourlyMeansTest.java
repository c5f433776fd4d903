package io.cityops.jobs.air;

import static io.cityops.jobs.air.AirFixtures.HOUR;
import static io.cityops.jobs.air.AirFixtures.LATENESS;
import static io.cityops.jobs.air.AirFixtures.MINUTE;
import static io.cityops.jobs.air.AirFixtures.STATION;
import static io.cityops.jobs.air.AirFixtures.localMs;
import static io.cityops.jobs.air.AirFixtures.sample;
import static io.cityops.jobs.air.AirFixtures.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.cityops.ingest.reading.DeadLetter;
import io.cityops.ingest.reading.ReadingCodec;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HourlyMeansTest {

    /** 08:00–09:00 local time; aq-wbl-0001 reports every 5 minutes, so 12 slots, 9 needed. */
    private static final long HOUR_START = localMs("2026-11-28T08:00");
    private static final long HOUR_END = HOUR_START + HOUR;
    private static final long FINAL_AT = HOUR_END + LATENESS.toMillis() - 1;

    private KeyedOneInputStreamOperatorTestHarness<String, AirSample, HourlyMeans> harness;
    private long seq;

    @BeforeEach
    void setUp() throws Exception {
        harness = ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                new StationHourlyMeans(new AirNetwork(AirFixtures.wanbailin()), LATENESS), AirSample::sensorId,
                Types.STRING);
    }

    @AfterEach
    void tearDown() throws Exception {
        harness.close();
    }

    @Test
    void meanOfDecimalReadingsIsExact() throws Exception {
        for (int i = 0; i < 12; i++) {
            reading(HOUR_START + i * 5 * MINUTE, values("co", i % 2 == 0 ? 4.0 : 4.1, "pm25", 0.1 + (i % 3) * 0.1));
        }
        harness.processWatermark(HOUR_END - 1);

        HourlyMeans means = single(harness.extractOutputValues());
        assertThat(means.means().co()).isEqualByComparingTo("4.05");
        assertThat(means.means().co().toPlainString()).isEqualTo("4.05");
        // (0.1 + 0.2 + 0.3) × 4 / 12 = 0.2 exactly, where doubles would give 0.20000000000000004
        assertThat(means.means().pm25().toPlainString()).isEqualTo("0.2");
        assertThat(means.hourStart()).isEqualTo(HOUR_START);
        assertThat(means.revision()).isZero();
        assertThat(means.finalResult()).isFalse();
    }

    @Test
    void hourIsPublishedOnlyWhenTheWatermarkPassesItsEnd() throws Exception {
        fullHour(35.0);
        harness.processWatermark(HOUR_END - 2);
        assertThat(harness.extractOutputValues()).isEmpty();

        harness.processWatermark(HOUR_END - 1);
        assertThat(harness.extractOutputValues()).hasSize(1);
    }

    @Test
    void meanNeedsFortyFiveMinutesOfData() throws Exception {
        // 8 five-minute slots = 40 minutes of PM2.5, 9 slots = 45 minutes of CO
        for (int i = 0; i < 9; i++) {
            reading(HOUR_START + i * 5 * MINUTE, i < 8 ? values("pm25", 40.0, "co", 1.0) : values("co", 1.0));
        }
        harness.processWatermark(HOUR_END - 1);

        HourlyMeans means = single(harness.extractOutputValues());
        assertThat(means.means().pm25()).isNull();
        assertThat(means.means().co()).isEqualByComparingTo("1");
        assertThat(means.valid()).isFalse();
    }

    @Test
    void manyReadingsInFewMinutesDoNotMakeAValidHour() throws Exception {
        for (int i = 0; i < 12; i++) {
            reading(HOUR_START + i * 10_000L, allSix(30.0));
        }
        harness.processWatermark(HOUR_END - 1);

        HourlyMeans means = single(harness.extractOutputValues());
        assertThat(means.means().isEmpty()).isTrue();
        assertThat(means.valid()).isFalse();
        assertThat(means.stations()).isEmpty();
    }

    @Test
    void fullHourOfEveryPollutantIsValid() throws Exception {
        fullHour(30.0);
        harness.processWatermark(HOUR_END - 1);

        HourlyMeans means = single(harness.extractOutputValues());
        assertThat(means.valid()).isTrue();
        assertThat(means.stations()).containsExactly(STATION);
        assertThat(means.means().asMap()).hasSize(6);
    }

    @Test
    void lateReadingWithinTheAllowedLatenessRevisesTheHour() throws Exception {
        for (int i = 0; i < 11; i++) {
            reading(HOUR_START + i * 5 * MINUTE, allSix(30.0));
        }
        harness.processWatermark(HOUR_END + 30 * MINUTE);
        assertThat(single(harness.extractOutputValues()).means().pm25()).isEqualByComparingTo("30");

        reading(HOUR_START + 55 * MINUTE, allSix(42.0));

        List<HourlyMeans> out = harness.extractOutputValues();
        assertThat(out).hasSize(2);
        HourlyMeans revised = out.get(1);
        assertThat(revised.revision()).isEqualTo(1);
        assertThat(revised.finalResult()).isFalse();
        assertThat(revised.means().pm25()).isEqualByComparingTo("31"); // (11 × 30 + 42) / 12
        assertThat(sideOutput()).isEmpty();
    }

    @Test
    void hourBecomesFinalWhenTheAllowedLatenessHasPassedAndLeavesNoState() throws Exception {
        fullHour(30.0);
        harness.processWatermark(HOUR_END - 1);
        harness.processWatermark(FINAL_AT - 1);
        assertThat(harness.extractOutputValues()).hasSize(1);

        harness.processWatermark(FINAL_AT);

        List<HourlyMeans> out = harness.extractOutputValues();
        assertThat(out).hasSize(2);
        assertThat(out.get(1).finalResult()).isTrue();
        assertThat(out.get(1).revision()).isZero();
        assertThat(out.get(1).means()).isEqualTo(out.get(0).means());
        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void readingAfterTheAllowedLatenessIsDeadLetteredAsTooLate() throws Exception {
        fullHour(30.0);
        harness.processWatermark(FINAL_AT);
        int published = harness.extractOutputValues().size();

        AirSample late = sample(STATION, Instant.ofEpochMilli(HOUR_START + 10 * MINUTE), 999, values("pm25", 80.0));
        harness.processElement(late, late.eventTime());

        assertThat(harness.extractOutputValues()).hasSize(published);
        List<DeadLetter> letters = sideOutput();
        assertThat(letters).hasSize(1);
        DeadLetter letter = letters.get(0);
        assertThat(letter.reason()).isEqualTo("too_late");
        assertThat(letter.stage()).isEqualTo(DeadLetter.STAGE_EVENT_TIME);
        assertThat(letter.sensorId()).isEqualTo(STATION);
        assertThat(letter.payload()).isEqualTo(late.payload());
        assertThat(ReadingCodec.decodeOrThrow(letter.payload().getBytes()).seq()).isEqualTo(999L);
        assertThat(harness.numKeyedStateEntries()).isZero();
    }

    @Test
    void firstReadingOfAnHourAlreadyClosedIsPublishedAtOnce() throws Exception {
        harness.processWatermark(HOUR_END + 10 * MINUTE);
        for (int i = 0; i < 12; i++) {
            reading(HOUR_START + i * 5 * MINUTE, allSix(20.0));
        }
        List<HourlyMeans> out = harness.extractOutputValues();
        assertThat(out.get(0).revision()).isZero();
        assertThat(out.get(out.size() - 1).revision()).isEqualTo(11);
        assertThat(out.get(out.size() - 1).valid()).isTrue();
    }

    private void fullHour(double value) throws Exception {
        for (int i = 0; i < 12; i++) {
            reading(HOUR_START + i * 5 * MINUTE, allSix(value));
        }
    }

    private static Map<String, Double> allSix(double value) {
        return values("pm25", value, "pm10", value, "so2", value, "no2", value, "co", value / 10, "o3", value);
    }

    private void reading(long ts, Map<String, Double> values) throws Exception {
        AirSample sample = sample(STATION, Instant.ofEpochMilli(ts), ++seq, values);
        harness.processElement(sample, ts);
    }

    private List<DeadLetter> sideOutput() {
        var records = harness.getSideOutput(StationHourlyMeans.TOO_LATE);
        return records == null ? List.of() : records.stream().map(StreamRecord::getValue).toList();
    }

    private static HourlyMeans single(List<HourlyMeans> out) {
        assertThat(out).hasSize(1);
        return out.get(0);
    }
}
