package io.cityops.jobs.energy;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.CatalogueLoader;
import io.cityops.ingest.reading.DeadLetter;
import io.cityops.jobs.energy.rules.Converter;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MeterHoursTest {

    private static final Catalogue CATALOGUE = CatalogueLoader.loadDefault();
    private static final ZoneId SHANGHAI = CATALOGUE.timeZone();
    /** District Government Offices electricity meter: at most 900 kWh per hour, reports every 15 minutes. */
    private static final String METER = "em-wbl-0009";

    private KeyedOneInputStreamOperatorTestHarness<String, EnergySample, MeterHour> harness;
    private long seq;

    /** Local time on 1 December 2026. */
    private static long at(String localTime) {
        return LocalDateTime.parse("2026-12-01T" + localTime).atZone(SHANGHAI).toInstant().toEpochMilli();
    }

    @BeforeEach
    void setUp() throws Exception {
        harness = ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                new MeterHours(CATALOGUE.energy().meters(), new Converter(CATALOGUE.energy()), SHANGHAI),
                EnergySample::sensorId, Types.STRING);
    }

    @AfterEach
    void tearDown() throws Exception {
        harness.close();
    }

    private void reading(String localTime, String counter) throws Exception {
        long time = at(localTime);
        harness.processElement(new EnergySample(METER, time, ++seq, "electricity_kwh", new BigDecimal(counter),
                "{\"sensorId\":\"" + METER + "\",\"seq\":" + seq + "}"), time);
    }

    private List<MeterHour> hours() {
        return harness.extractOutputValues();
    }

    private List<DeadLetter> deadLetters() {
        return harness.getSideOutput(MeterHours.REJECTED) == null ? List.of()
                : harness.getSideOutput(MeterHours.REJECTED).stream().map(StreamRecord::getValue).toList();
    }

    private List<MeterEvent> meterEvents() {
        return harness.getSideOutput(MeterHours.METER_EVENTS) == null ? List.of()
                : harness.getSideOutput(MeterHours.METER_EVENTS).stream().map(StreamRecord::getValue).toList();
    }

    @Test
    void anHourIsEmittedOnceItsEndIsReportedWithExactTceAndCo2() throws Exception {
        reading("08:00", "1000");
        reading("08:15", "1100");
        reading("08:30", "1200");
        reading("08:45", "1300");
        harness.processWatermark(at("08:45"));
        assertThat(hours()).isEmpty();

        reading("09:00", "1400");
        harness.processWatermark(at("09:00"));
        MeterHour hour = single(hours());
        assertThat(hour.meter()).isEqualTo(METER);
        assertThat(hour.hourStart()).isEqualTo(at("08:00"));
        assertThat(hour.totals().electricityKwh()).isEqualByComparingTo("400");
        // GB/T 2589-2020: 400 kWh × 0.1229 kgce/kWh = 49.16 kgce; North China grid 2023: 400 × 0.6361 = 254.44 kgCO2.
        assertThat(hour.totals().tce()).isEqualByComparingTo("0.04916");
        assertThat(hour.totals().tco2()).isEqualByComparingTo("0.25444");
        assertThat(hour.totals().gasM3()).isZero();
    }

    @Test
    void aResetIsRecordedAndNeitherSubtractsNorDoublesConsumption() throws Exception {
        reading("08:00", "1000");
        reading("08:15", "1100");
        reading("08:30", "5");
        reading("08:45", "105");
        reading("09:00", "205");
        harness.processWatermark(at("09:00"));

        // 100 before the swap, nothing for the swap itself, 200 after it.
        assertThat(single(hours()).totals().electricityKwh()).isEqualByComparingTo("300");
        MeterEvent event = single(meterEvents());
        assertThat(event.previous()).isEqualByComparingTo("1100");
        assertThat(event.current()).isEqualByComparingTo("5");
        assertThat(event.eventTime()).isEqualTo(at("08:30"));
        assertThat(deadLetters()).isEmpty();
    }

    @Test
    void aJumpBeyondThePlausibleMaximumIsADeadLetterAndLeavesTheBaseline() throws Exception {
        reading("08:00", "1000");
        reading("08:15", "9000");
        reading("08:30", "1200");
        reading("09:00", "1400");
        harness.processWatermark(at("09:00"));

        assertThat(single(hours()).totals().electricityKwh()).isEqualByComparingTo("400");
        DeadLetter letter = single(deadLetters());
        assertThat(letter.reason()).isEqualTo(MeterHours.REASON_IMPLAUSIBLE_ADVANCE);
        assertThat(letter.stage()).isEqualTo(MeterHours.STAGE_COUNTER);
        assertThat(letter.sensorId()).isEqualTo(METER);
        assertThat(letter.detail()).contains("8000").contains("plausible maximum of 900 per hour");
        assertThat(letter.payload()).contains("\"seq\":2");
        assertThat(meterEvents()).isEmpty();
    }

    @Test
    void aGapIsSpreadOverTheHoursItCoversInProportionToTime() throws Exception {
        reading("08:00", "1000");
        reading("11:30", "1700");
        harness.processWatermark(at("11:30"));

        List<MeterHour> hours = hours();
        assertThat(hours).extracting(MeterHour::hourStart).containsExactly(at("08:00"), at("09:00"), at("10:00"));
        assertThat(hours).allSatisfy(h -> assertThat(h.totals().electricityKwh()).isEqualByComparingTo("200"));

        reading("12:00", "1800");
        harness.processWatermark(at("12:00"));
        // 11:00–11:30 is half of the gap's last hour (100), 11:30–12:00 the next reading's 100.
        assertThat(hours().get(3).totals().electricityKwh()).isEqualByComparingTo("200");
        assertThat(hours().get(3).hourStart()).isEqualTo(at("11:00"));
    }

    @Test
    void readingsOutOfOrderWithinTheWatermarkAreAppliedInTimeOrder() throws Exception {
        reading("08:30", "1200");
        reading("08:00", "1000");
        reading("09:00", "1400");
        reading("08:15", "1100");
        harness.processWatermark(at("09:00"));

        assertThat(single(hours()).totals().electricityKwh()).isEqualByComparingTo("400");
        assertThat(meterEvents()).isEmpty();
        assertThat(deadLetters()).isEmpty();
    }

    @Test
    void aReadingBehindTheLastAppliedOneIsTooLate() throws Exception {
        reading("08:00", "1000");
        reading("09:00", "1400");
        harness.processWatermark(at("09:00"));
        reading("08:20", "1133");
        harness.processWatermark(at("09:05"));

        assertThat(single(hours()).totals().electricityKwh()).isEqualByComparingTo("400");
        DeadLetter letter = single(deadLetters());
        assertThat(letter.reason()).isEqualTo("too_late");
        assertThat(letter.stage()).isEqualTo(DeadLetter.STAGE_EVENT_TIME);
    }

    @Test
    void aReadingTheWatermarkAlreadyPassedIsAppliedAtOnceWithoutWaitingForTheNextAdvance() throws Exception {
        // Over a channel the watermark overtook, readings can arrive behind it; a quiet meter may bring
        // no further advance for a long time.
        harness.processWatermark(at("09:30"));
        reading("08:00", "1000");
        reading("09:00", "1400");

        assertThat(single(hours()).totals().electricityKwh()).isEqualByComparingTo("400");
        assertThat(deadLetters()).isEmpty();
    }

    @Test
    void onlyTheBaselineStaysInStateOnceAnHourIsOut() throws Exception {
        reading("08:00", "1000");
        reading("09:00", "1400");
        harness.processWatermark(at("09:00"));
        assertThat(hours()).hasSize(1);
        // pending readings (map), open hours (map) are empty; the baseline (value) remains for the next reading
        assertThat(harness.numKeyedStateEntries()).isEqualTo(1);
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    private static <T> T single(List<T> values) {
        assertThat(values).hasSize(1);
        return Objects.requireNonNull(values.get(0));
    }
}
