package io.cityops.jobs.network;

import static io.cityops.jobs.network.NetworkFixtures.NORTH_1;
import static io.cityops.jobs.network.NetworkFixtures.at;
import static io.cityops.jobs.network.NetworkFixtures.cell;
import static io.cityops.jobs.network.NetworkFixtures.power;
import static org.assertj.core.api.Assertions.assertThat;

import io.cityops.ingest.reading.DeadLetter;
import io.cityops.jobs.network.kpi.Kpis;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SitePeriodsTest {

    private static final Duration LATENESS = Duration.ofMinutes(2);

    private KeyedOneInputStreamOperatorTestHarness<String, NetworkSample, PeriodResult> harness;

    @BeforeEach
    void setUp() throws Exception {
        harness = ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                new SitePeriods(NetworkFixtures.topology(), LATENESS), NetworkSample::site, Types.STRING);
    }

    @AfterEach
    void tearDown() throws Exception {
        harness.close();
    }

    private void add(NetworkSample sample) throws Exception {
        harness.processElement(new StreamRecord<>(sample, sample.eventTime()));
    }

    private List<PeriodResult> results(String subjectType) {
        return harness.extractOutputValues().stream().filter(r -> r.subjectType().equals(subjectType)).toList();
    }

    @Test
    void aSitesPeriodIsEmittedOnceTheEventTimePassesItsEndAndTheLateness() throws Exception {
        for (int c = 1; c <= 3; c++) {
            add(cell(NORTH_1, c, 15, true, 50 + 5 * c, 2.0));
        }
        add(power(NORTH_1, 5, 2800));
        add(power(NORTH_1, 10, 3200));

        harness.processWatermark(at(17) - 1);
        assertThat(harness.extractOutputValues()).as("waiting for late reports").isEmpty();
        harness.processWatermark(at(17));

        assertThat(results(PeriodResult.CELL)).extracting(PeriodResult::subject)
                .containsExactly(NORTH_1 + "-1", NORTH_1 + "-2", NORTH_1 + "-3");
        PeriodResult site = results(PeriodResult.SITE).get(0);
        assertThat(site.start()).isEqualTo(at(0));
        assertThat(site.end()).isEqualTo(at(15));
        assertThat(site.region()).isEqualTo("d-north");
        Kpis kpis = site.sums().kpis();
        assertThat(kpis.trafficGb()).isEqualByComparingTo("6");
        assertThat(kpis.prbDlPct()).isEqualByComparingTo("60");
        assertThat(kpis.powerW()).isEqualByComparingTo("3000");
        assertThat(kpis.energyKwh()).isEqualByComparingTo("0.75");
        assertThat(kpis.gbPerKwh()).isEqualByComparingTo("8");
        assertThat(harness.numKeyedStateEntries()).as("period state cleared, no congestion run").isZero();
    }

    @Test
    void aCellAboveTheThresholdForTwoPeriodsIsCongested() throws Exception {
        for (int period = 1; period <= 3; period++) {
            add(cell(NORTH_1, 1, 15L * period, true, 85, 3.0));
            add(cell(NORTH_1, 2, 15L * period, true, 30, 1.0));
            harness.processWatermark(at(15L * period + 2));
        }
        assertThat(results(PeriodResult.CELL)).filteredOn(r -> r.subject().endsWith("-1"))
                .extracting(PeriodResult::congested).containsExactly(false, true, true);
        assertThat(results(PeriodResult.SITE)).extracting(PeriodResult::congestedCells).containsExactly(0, 1, 1);
        assertThat(results(PeriodResult.CELL)).filteredOn(r -> r.subject().endsWith("-2"))
                .extracting(PeriodResult::congested).containsOnly(false);
    }

    @Test
    void aReportForAPeriodAlreadyEmittedIsDeadLetteredAsTooLate() throws Exception {
        add(cell(NORTH_1, 1, 15, true, 40, 1.0));
        harness.processWatermark(at(40));
        add(cell(NORTH_1, 2, 15, true, 40, 1.0));

        assertThat(harness.getSideOutput(SitePeriods.TOO_LATE)).singleElement().satisfies(record -> {
            DeadLetter letter = record.getValue();
            assertThat(letter.reason()).isEqualTo("too_late");
            assertThat(letter.sensorId()).isEqualTo(NORTH_1 + "-2");
        });
    }

    @Test
    void aRepeatedReportForThePeriodReplacesTheEarlierOne() throws Exception {
        add(cell(NORTH_1, 1, 15, true, 40, 1.0));
        add(cell(NORTH_1, 1, 15, true, 40, 5.0));
        harness.processWatermark(at(17));
        assertThat(results(PeriodResult.SITE).get(0).sums().kpis().trafficGb()).isEqualByComparingTo("5");
    }
}
