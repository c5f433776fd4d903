package io.cityops.jobs.network;

import static io.cityops.jobs.network.NetworkFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.cityops.jobs.network.kpi.CellCounters;
import io.cityops.jobs.network.kpi.KpiSums;
import io.cityops.jobs.network.kpi.Mean;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RollupsTest {

    private static final Duration LATENESS = Duration.ofMinutes(2);
    private static final NetworkPeriods PERIODS = new NetworkPeriods(Duration.ofMinutes(15), ZoneId.of("Asia/Shanghai"));

    private KeyedOneInputStreamOperatorTestHarness<String, PeriodResult, PeriodResult> harness;

    @BeforeEach
    void setUp() throws Exception {
        harness = ProcessFunctionTestHarnesses.forKeyedProcessFunction(new Rollups(PERIODS, LATENESS),
                PeriodResult::subjectKey, Types.STRING);
    }

    @AfterEach
    void tearDown() throws Exception {
        harness.close();
    }

    /** The site's period starting {@code minutes} after local midnight, with the given traffic and power. */
    private void period(long minutes, double trafficGb, double watts) throws Exception {
        KpiSums sums = KpiSums.ofCell(new CellCounters(1.0, 50.0, 20.0, 10.0, 100.0, 10.0, 8.0, trafficGb))
                .plusSubject(KpiSums.ofPower(Mean.of(watts), PERIODS.period()));
        PeriodResult result = new PeriodResult(PeriodResult.SITE, "g5-north-001", "g5-north-001", "d-north",
                PeriodResult.Resolution.PERIOD, at(minutes), at(minutes + 15), sums, null, 0, 1, 1, -1);
        harness.processElement(new StreamRecord<>(result, at(minutes + 15) + LATENESS.toMillis()));
    }

    private List<PeriodResult> results(PeriodResult.Resolution resolution) {
        return harness.extractOutputValues().stream().filter(r -> r.resolution() == resolution).toList();
    }

    @Test
    void fourPeriodsMakeAnHourWithItsTrafficAddedAndPowerAveraged() throws Exception {
        for (int q = 0; q < 4; q++) {
            period(15L * q, 1.0 + q, 2000 + 400 * q);
        }
        harness.processWatermark(at(62) - 1);
        assertThat(results(PeriodResult.Resolution.HOUR)).isEmpty();
        harness.processWatermark(at(62));

        assertThat(results(PeriodResult.Resolution.HOUR)).singleElement().satisfies(hour -> {
            assertThat(hour.start()).isEqualTo(at(0));
            assertThat(hour.end()).isEqualTo(at(60));
            assertThat(hour.sums().kpis().trafficGb()).isEqualByComparingTo("10");
            assertThat(hour.sums().kpis().powerW()).isEqualByComparingTo("2600");
            assertThat(hour.sums().kpis().energyKwh()).isEqualByComparingTo("2.6");
        });
    }

    @Test
    void aDayNamesItsBusyHourAndClearsItsState() throws Exception {
        // traffic per hour: the 21:00 hour carries the most (DOMAIN.md §3: busy hour usually 21:00)
        for (int hour = 0; hour < 24; hour++) {
            double traffic = hour == 21 ? 9.0 : hour == 20 ? 8.0 : 1.0;
            for (int q = 0; q < 4; q++) {
                period(60L * hour + 15L * q, traffic / 4, 3000);
            }
        }
        harness.processWatermark(at(24 * 60 + 2));

        assertThat(results(PeriodResult.Resolution.HOUR)).hasSize(24);
        assertThat(results(PeriodResult.Resolution.DAY)).singleElement().satisfies(day -> {
            assertThat(day.start()).isEqualTo(at(0));
            assertThat(day.end()).isEqualTo(at(24 * 60));
            assertThat(day.busyHourStart()).isEqualTo(at(21 * 60));
            assertThat(day.sums().kpis().trafficGb()).isEqualByComparingTo("39");
            // 3 kW for 24 h
            assertThat(day.sums().kpis().energyKwh()).isEqualByComparingTo("72");
        });
        assertThat(harness.numKeyedStateEntries()).isZero();
    }
}
