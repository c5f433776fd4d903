package io.cityops.jobs.air;

import static io.cityops.jobs.air.AirFixtures.STATION;
import static io.cityops.jobs.air.AirFixtures.STATION_2;
import static io.cityops.jobs.air.AirFixtures.local;
import static org.assertj.core.api.Assertions.assertThat;

import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.reading.DeadLetter;
import io.cityops.ingest.reading.Reading;
import io.cityops.ingest.reading.ReadingCodec;
import io.cityops.jobs.air.aqi.AqiCalculator;
import io.cityops.jobs.air.aqi.AqiReport;
import io.cityops.jobs.air.aqi.AqiStandard;
import io.cityops.jobs.air.aqi.DailyConcentrations;
import io.cityops.jobs.air.aqi.HourlyConcentrations;
import io.cityops.jobs.common.IngestStats;
import io.cityops.jobs.common.KafkaMessage;
import io.cityops.jobs.common.RawReading;
import io.cityops.jobs.influx.InfluxSinkConfig;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.util.TestStreamEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole topology on a mini-cluster (parallelism 2, no Kryo fallback) over 26 hours of two
 * stations from 2026-02-28 00:00 local time: 24 hours under HJ 633-2012, then 2 under HJ 633-2026.
 */
class AirQualityTopologyIT {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(2)
            .build());

    private static final Instant START = local("2026-02-28T00:00");
    private static final long HOUR = AirFixtures.HOUR;

    private static Outputs outputs;

    record Outputs(List<AirResult> hourly, List<AirResult> daily, List<AirYtdResult> ytd, List<DeadLetter> deadLetters,
                   List<IngestStats> stats, List<KafkaMessage> indicators) {
    }

    /**
     * Runs the job once for all tests. Not in {@code @BeforeAll}: the extension makes the mini-cluster
     * the context environment only around each test.
     */
    @BeforeEach
    void runTheJobOnce() throws Exception {
        if (outputs != null) {
            return;
        }
        List<Reading> traffic = AirTraffic.inTimeOrder(
                AirTraffic.readings(STATION, START, 26, AirTraffic::station1),
                AirTraffic.readings(STATION_2, START, 26, AirTraffic::station2));
        List<RawReading> raw = new ArrayList<>();
        for (Reading reading : traffic) {
            raw.add(raw(reading.sensorId(), ReadingCodec.encodeToString(reading)));
        }
        // bad input in the middle of valid traffic, and one redelivery
        raw.add(100, raw("aq-wbl-0001", "{\"sensorId\":\"aq-wbl-0001\",\"kind\":\"air\",\"ts\":"));
        raw.add(200, raw("aq-wbl-9999", "{\"sensorId\":\"aq-wbl-9999\",\"kind\":\"air\",\"ts\":\"2026-02-28T10:00:00+08:00\","
                + "\"seq\":1,\"values\":{\"pm25\":35.0}}"));
        raw.add(300, raw.get(299));

        Configuration conf = new Configuration();
        conf.set(PipelineOptions.GENERIC_TYPES, false);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        assertThat(env).isInstanceOf(TestStreamEnvironment.class);
        env.setParallelism(2);
        AirJobConfig config = AirJobConfig.defaults("unused:9092", InfluxSinkConfig.defaults("http://unused:8086", "unused"));
        DataStream<RawReading> source = env.fromData(raw, TypeInformation.of(RawReading.class))
                .assignTimestampsAndWatermarks(AirQualityJob.watermarks(config));
        Catalogue catalogue = AirFixtures.wanbailin();
        AirQualityStreams streams = AirQualityJob.topology(source, catalogue, config);

        try (CloseableIterator<AirResult> hourly = streams.hourly().collectAsync();
             CloseableIterator<AirResult> daily = streams.daily().collectAsync();
             CloseableIterator<AirYtdResult> ytd = streams.yearToDate().collectAsync();
             CloseableIterator<DeadLetter> deadLetters = streams.deadLetters().collectAsync();
             CloseableIterator<IngestStats> stats = streams.ingestStats().collectAsync();
             CloseableIterator<KafkaMessage> indicators = AirQualityJob.indicatorMessages(streams, catalogue.timeZone())
                     .collectAsync()) {
            env.execute("air-quality topology test");
            outputs = new Outputs(drain(hourly), drain(daily), drain(ytd), drain(deadLetters), drain(stats),
                    drain(indicators));
        }
    }

    @Test
    void stationHourUnderTheOldRulesIsWhatTheCalculatorGivesForTheHandComputedMeans() {
        // 23:00–24:00 on 2026-02-28: PM by the 24-hour rolling means, plus the 8-hour O3 of hours 16..23
        AirResult hour = finalHourly(STATION, "station", 23);
        AqiReport expected = AqiCalculator.hourly(AqiStandard.HJ_633_2012, new HourlyConcentrations(
                dec("10"), dec("30.05"), dec("4.05"), dec("106"), dec("103"), dec("40.5"),
                dec("91.5"), dec("40.5"), dec("99"), dec("10")));
        assertSameReport(hour, expected);
        assertThat(hour.rolling().get("pm10_24h")).isEqualByComparingTo("91.5");
        assertThat(hour.valid()).isTrue();
    }

    @Test
    void earlyHourUnderTheOldRulesLacksRollingPmAndIsInvalid() {
        AirResult hour = finalHourly(STATION, "station", 5);
        AqiReport expected = AqiCalculator.hourly(AqiStandard.HJ_633_2012, new HourlyConcentrations(
                dec("10"), dec("30.05"), dec("4.05"), dec("70"), dec("85"), dec("40.5"),
                null, null, dec("65"), null));
        assertSameReport(hour, expected);
        assertThat(hour.valid()).isFalse();
    }

    @Test
    void firstHourUnderTheNewRulesUsesOneHourMeansRoundedHalfToEven() {
        AirResult hour = finalHourly(STATION, "station", 24);
        AqiReport expected = AqiCalculator.hourly(AqiStandard.HJ_633_2026, new HourlyConcentrations(
                dec("10"), dec("30.05"), dec("4.05"), dec("108"), dec("104"), dec("40.5"),
                dec("92.5"), dec("40.5"), dec("101"), dec("10")));
        assertSameReport(hour, expected);
        assertThat(hour.standard()).isEqualTo("HJ 633-2026");
        assertThat(hour.concentrations().get("co")).isEqualByComparingTo("4.0");
    }

    @Test
    void districtHourIsTheMeanOfItsReportingStationsWithCoverage() {
        AirResult hour = finalHourly("wbl", "region", 23);
        AqiReport expected = AqiCalculator.hourly(AqiStandard.HJ_633_2012, new HourlyConcentrations(
                dec("11"), dec("35.025"), dec("2.625"), dec("89.5"), dec("101.5"), dec("50.25"),
                dec("95.75"), dec("50.25"), dec("84.25"), dec("11")));
        assertSameReport(hour, expected);
        assertThat(hour.stationsReporting()).isEqualTo(2);
        assertThat(hour.stationsExpected()).isEqualTo(14);

        AirResult subDistrict = finalHourly("wbl-qianfeng", "region", 23);
        assertThat(subDistrict.aqi()).isEqualTo(finalHourly(STATION, "station", 23).aqi());
        assertThat(subDistrict.stationsReporting()).isEqualTo(1);
        assertThat(subDistrict.stationsExpected()).isEqualTo(1);
    }

    @Test
    void dailyReportOfTheLastDayUnderTheOldRules() {
        AirResult day = finalDaily(STATION, "station", "2026-02-28T00:00");
        AqiReport expected = AqiCalculator.daily(AqiStandard.HJ_633_2012, new DailyConcentrations(
                dec("10"), dec("30.05"), dec("4.05"), dec("91.5"), dec("40.5"), dec("106"), dec("99")));
        assertSameReport(day, expected);
        assertThat(day.valid()).isTrue();
        assertThat(day.end() - day.start()).isEqualTo(24 * HOUR);
    }

    @Test
    void dayWithTwoHoursIsPublishedAsInvalid() {
        AirResult day = finalDaily(STATION, "station", "2026-03-01T00:00");
        assertThat(day.standard()).isEqualTo("HJ 633-2026");
        assertThat(day.valid()).isFalse();
        assertThat(day.iaqi()).isEmpty();
    }

    @Test
    void everyResultEndsFinalAndUnrevisedForInOrderTraffic() {
        assertThat(outputs.hourly()).filteredOn(AirResult::finalResult)
                .hasSize(26 * (2 + 2 + 1)); // 2 stations, 2 sub-districts, the district
        assertThat(outputs.hourly()).allSatisfy(r -> assertThat(r.revision()).isZero());
        assertThat(outputs.daily()).filteredOn(AirResult::finalResult).hasSize(2 * 5);
    }

    @Test
    void ruleObservationsOfHistoryTravelOnTheIndicatorsMarkedReplayed() {
        List<io.cityops.ingest.indicator.RuleObservation> observations = outputs.indicators().stream()
                .map(m -> io.cityops.ingest.indicator.RuleObservationCodec.decode(m.value()))
                .flatMap(java.util.Optional::stream).toList();
        // every hour: PM2.5 and PM10 of the 2 stations (the final flag republishes an hour with the same
        // value, which the alert job ignores), and the AQI of each region result that has one
        for (String indicator : List.of("pm25_hourly", "pm10_hourly")) {
            Map<String, java.util.Set<BigDecimal>> valuesByStationHour = new TreeMap<>();
            observations.stream().filter(o -> o.indicator().equals(indicator)).forEach(o -> valuesByStationHour
                    .computeIfAbsent(o.subject() + "@" + o.at(), k -> new java.util.TreeSet<>()).add(o.value()));
            assertThat(valuesByStationHour).as(indicator).hasSize(2 * 26)
                    .allSatisfy((hour, values) -> assertThat(values).as(hour).hasSize(1));
        }
        assertThat(observations).filteredOn(o -> o.indicator().equals("aqi_hourly"))
                .hasSize((int) outputs.hourly().stream().filter(r -> r.isRegion() && r.aqi() != null).count())
                .extracting(io.cityops.ingest.indicator.RuleObservation::subject)
                .contains("wbl", "wbl-qianfeng");
        // February 2026 is months behind the wall clock: a replay that must page no one
        assertThat(observations).isNotEmpty().allSatisfy(o -> assertThat(o.replayed()).isTrue());
    }

    @Test
    void invalidPayloadsEndInTheDeadLetterStreamWithTheirReasons() {
        assertThat(outputs.deadLetters()).extracting(DeadLetter::reason)
                .containsExactlyInAnyOrder("malformed_json", "unknown_sensor");
        assertThat(outputs.deadLetters()).allSatisfy(d -> assertThat(d.stage()).isEqualTo(DeadLetter.STAGE_VALIDATION));
        assertThat(outputs.deadLetters()).filteredOn(d -> d.reason().equals("unknown_sensor"))
                .singleElement().satisfies(d -> assertThat(d.payload()).contains("aq-wbl-9999"));
    }

    @Test
    void lossAccountingCountsAcceptedDuplicateAndRejectedReadings() {
        Map<String, IngestStats> last = new TreeMap<>();
        outputs.stats().forEach(s -> last.merge(s.sensorId(), s, (a, b) -> a.asOf() <= b.asOf()
                && a.accepted() + a.duplicate() + a.rejectedTotal() <= b.accepted() + b.duplicate() + b.rejectedTotal() ? b : a));
        IngestStats station1 = last.get(STATION);
        IngestStats station2 = last.get(STATION_2);
        assertThat(station1.accepted() + station2.accepted()).isEqualTo(2 * 26 * 12 + 1);
        assertThat(station1.duplicate() + station2.duplicate()).isEqualTo(1);
        assertThat(last.get("aq-wbl-9999").rejected()).containsEntry("unknown_sensor", 1L);
        assertThat(last.get("unknown").rejected()).containsEntry("malformed_json", 1L);
        assertThat(station1.lastSeenMs()).isEqualTo(START.plusSeconds(26 * 3600 - 300).toEpochMilli());
    }

    @Test
    void regionsGetTheirYearToDateAfterEachDay() {
        AirYtdResult district = outputs.ytd().stream().filter(y -> y.subject().equals("wbl"))
                .reduce((a, b) -> b).orElseThrow();
        assertThat(district.validDays()).isEqualTo(1);
        assertThat(district.lastDay()).isEqualTo("2026-03-01");
        assertThat(district.year()).isEqualTo(2026);
    }

    @Test
    void indicatorRecordsAreKeyedBySubject() {
        List<KafkaMessage> results = outputs.indicators().stream()
                .filter(m -> io.cityops.ingest.indicator.RuleObservationCodec.decode(m.value()).isEmpty()).toList();
        assertThat(results.size()).isEqualTo(outputs.hourly().size() + outputs.daily().size() + outputs.ytd().size());
        assertThat(outputs.indicators()).allSatisfy(m -> assertThat(m.key()).isNotBlank());
        assertThat(outputs.indicators()).anySatisfy(m -> {
            assertThat(m.key()).isEqualTo("wbl");
            assertThat(new String(m.value(), StandardCharsets.UTF_8)).contains("\"type\":\"air_ytd\"");
        });
    }

    private static AirResult finalHourly(String subject, String subjectType, int hour) {
        long start = START.toEpochMilli() + hour * HOUR;
        return outputs.hourly().stream()
                .filter(r -> r.subject().equals(subject) && r.subjectType().equals(subjectType) && r.start() == start
                        && r.finalResult())
                .findFirst().orElseThrow(() -> new AssertionError("no final hourly result of " + subject + " hour " + hour));
    }

    private static AirResult finalDaily(String subject, String subjectType, String localDayStart) {
        long start = local(localDayStart).toEpochMilli();
        return outputs.daily().stream()
                .filter(r -> r.subject().equals(subject) && r.subjectType().equals(subjectType) && r.start() == start
                        && r.finalResult())
                .findFirst().orElseThrow(() -> new AssertionError("no final daily result of " + subject + " " + localDayStart));
    }

    private static void assertSameReport(AirResult actual, AqiReport expected) {
        assertThat(actual.standard()).isEqualTo(expected.standard().label());
        assertThat(actual.aqi()).isEqualTo(expected.aqi());
        assertThat(actual.category()).isEqualTo(expected.category() == null ? null : expected.category().code());
        assertThat(actual.primaryPollutants()).isEqualTo(expected.primaryPollutants());
        assertThat(actual.iaqi()).isEqualTo(expected.iaqi());
        assertThat(actual.concentrations().keySet()).isEqualTo(expected.concentrations().keySet());
        expected.concentrations().forEach((key, value) ->
                assertThat(actual.concentrations().get(key)).as(key).isEqualByComparingTo(value));
    }

    private static RawReading raw(String key, String payload) {
        return new RawReading(key, payload.getBytes(StandardCharsets.UTF_8), 0L);
    }

    private static <T> List<T> drain(CloseableIterator<T> iterator) {
        List<T> all = new ArrayList<>();
        iterator.forEachRemaining(all::add);
        return all;
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
