package io.cityops.jobs.air;

import static io.cityops.jobs.air.AirFixtures.HOUR;
import static io.cityops.jobs.air.AirFixtures.LATENESS;
import static io.cityops.jobs.air.AirFixtures.localMs;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.apache.flink.util.Collector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RegionHourlyMeansTest {

    private static final long HOUR_START = localMs("2026-11-28T08:00");
    private static final long HOUR_END = HOUR_START + HOUR;

    private final AirNetwork network = new AirNetwork(AirFixtures.small());
    private KeyedOneInputStreamOperatorTestHarness<String, StationHour, HourlyMeans> harness;

    @BeforeEach
    void setUp() throws Exception {
        harness = ProcessFunctionTestHarnesses.forKeyedProcessFunction(new RegionHourlyMeans(network, LATENESS),
                StationHour::region, Types.STRING);
    }

    @AfterEach
    void tearDown() throws Exception {
        harness.close();
    }

    @Test
    void referenceStationsAreRolledUpIntoSubDistrictAndDistrictButMicroStationsAreNot() {
        assertThat(route(station("s1", "40", "1.0", 0))).extracting(StationHour::region).containsExactly("d", "d-north");
        assertThat(route(station("s3", "40", "1.0", 0))).extracting(StationHour::region).containsExactly("d", "d-north");
        assertThat(route(station("m1", "40", "1.0", 0))).isEmpty();
        assertThat(network.expectedStations("d-north")).isEqualTo(3);
        assertThat(network.expectedStations("d-south")).isZero();
    }

    @Test
    void regionMeanIsTheMeanOfTheReportingStationsWithCoverage() throws Exception {
        send("d-north", station("s1", "40", "1.0", 0));
        send("d-north", station("s2", "45", "1.1", 0));
        harness.processWatermark(HOUR_END - 1);

        HourlyMeans region = single(harness.extractOutputValues());
        assertThat(region.subject()).isEqualTo("d-north");
        assertThat(region.subjectType()).isEqualTo(AirSubjects.REGION);
        assertThat(region.means().pm25()).isEqualByComparingTo("42.5");
        assertThat(region.means().co().toPlainString()).isEqualTo("1.05");
        assertThat(region.reporting()).isEqualTo(2);
        assertThat(region.expected()).isEqualTo(3);
        assertThat(region.stations()).containsExactly("s1", "s2");
        assertThat(region.valid()).isTrue();
    }

    @Test
    void stationWithoutValidMeansDoesNotCountAsReporting() throws Exception {
        send("d-north", station("s1", "40", "1.0", 0));
        send("d-north", new HourlyMeans("s2", AirSubjects.STATION, HOUR_START, PollutantValues.NONE, false, List.of(),
                1, 0, false));
        harness.processWatermark(HOUR_END - 1);

        HourlyMeans region = single(harness.extractOutputValues());
        assertThat(region.reporting()).isEqualTo(1);
        assertThat(region.means().pm25()).isEqualByComparingTo("40");
    }

    @Test
    void stationRevisionRevisesTheRegionAndFinalComesAfterTheLateness() throws Exception {
        send("d-north", station("s1", "40", "1.0", 0));
        send("d-north", station("s2", "44", "1.0", 0));
        harness.processWatermark(HOUR_END + 10 * 60_000);
        send("d-north", station("s2", "50", "1.0", 1));
        send("d-north", station("s3", "60", "1.0", 0));

        List<HourlyMeans> out = harness.extractOutputValues();
        assertThat(out).extracting(HourlyMeans::revision).containsExactly(0, 1, 2);
        assertThat(out.get(2).means().pm25()).isEqualByComparingTo("50"); // (40 + 50 + 60) / 3
        assertThat(out.get(2).reporting()).isEqualTo(3);

        harness.processWatermark(HOUR_END + LATENESS.toMillis() - 1);
        HourlyMeans last = harness.extractOutputValues().get(3);
        assertThat(last.finalResult()).isTrue();
        assertThat(last.revision()).isEqualTo(2);
        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void sameFiguresAgainDoNotMakeARevision() throws Exception {
        send("d-north", station("s1", "40", "1.0", 0));
        harness.processWatermark(HOUR_END);
        send("d-north", finalOf(station("s1", "40", "1.0", 0)));

        assertThat(harness.extractOutputValues()).hasSize(1);
    }

    private List<StationHour> route(HourlyMeans means) {
        List<StationHour> routed = new ArrayList<>();
        new RouteToRegions(network).flatMap(means, new Collector<>() {
            @Override
            public void collect(StationHour record) {
                routed.add(record);
            }

            @Override
            public void close() {
            }
        });
        return routed.stream().sorted((a, b) -> a.region().compareTo(b.region())).toList();
    }

    private void send(String region, HourlyMeans station) throws Exception {
        harness.processElement(new StationHour(region, station), HOUR_END - 1);
    }

    private static HourlyMeans station(String id, String pm25, String co, int revision) {
        PollutantValues means = new PollutantValues(new BigDecimal(pm25), new BigDecimal("70"), new BigDecimal("10"),
                new BigDecimal("30"), new BigDecimal(co), new BigDecimal("60"));
        return new HourlyMeans(id, AirSubjects.STATION, HOUR_START, means, true, List.of(id), 1, revision, false);
    }

    private static HourlyMeans finalOf(HourlyMeans m) {
        return new HourlyMeans(m.subject(), m.subjectType(), m.hourStart(), m.means(), m.valid(), m.stations(),
                m.expected(), m.revision(), true);
    }

    private static HourlyMeans single(List<HourlyMeans> out) {
        assertThat(out).hasSize(1);
        return out.get(0);
    }
}
