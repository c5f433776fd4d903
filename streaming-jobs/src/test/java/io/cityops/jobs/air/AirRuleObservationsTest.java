package io.cityops.jobs.air;

import static io.cityops.jobs.air.AirFixtures.HOUR;
import static io.cityops.jobs.air.AirFixtures.MINUTE;
import static io.cityops.jobs.air.AirFixtures.STATION;
import static io.cityops.jobs.air.AirFixtures.localMs;
import static org.assertj.core.api.Assertions.assertThat;

import io.cityops.ingest.indicator.RuleObservation;
import io.cityops.ingest.indicator.RuleObservationCodec;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

class AirRuleObservationsTest {

    private static final Duration OUT_OF_ORDERNESS = Duration.ofSeconds(30);
    private static final long START = localMs("2026-11-28T08:00");
    private static final long END = START + HOUR;
    /** Live: the hour is published just after its end, once the watermark (30 s behind) passes it. */
    private static final long LIVE = END + 45_000;
    /** The replay lag: one period plus the out-of-orderness. */
    private static final long LAST_LIVE = END + HOUR + 30_000;
    private static final AirNetwork NETWORK = new AirNetwork(AirFixtures.wanbailin());

    private static AirResult regionHour(Integer aqi, int revision) {
        return new AirResult(AirPeriod.HOURLY, "wbl-xiayuan", AirSubjects.REGION, START, END, "HJ 633-2026", aqi,
                aqi == null ? null : "heavily_polluted", aqi == null ? List.of() : List.of("pm25"), Map.of(), Map.of(),
                Map.of(), revision, false, true, 1, 1);
    }

    private static HourlyMeans stationHour(PollutantValues means) {
        return new HourlyMeans(STATION, AirSubjects.STATION, START, means, true, List.of(STATION), 1, 0, false);
    }

    private static List<RuleObservation> regionAqi(AirResult result, long wallClock) throws Exception {
        try (OneInputStreamOperatorTestHarness<AirResult, RuleObservation> harness =
                     ProcessFunctionTestHarnesses.forProcessFunction(new AirRuleObservations.RegionAqi(OUT_OF_ORDERNESS))) {
            harness.setProcessingTime(wallClock);
            harness.processElement(result, result.end());
            return harness.extractOutputValues();
        }
    }

    private static List<RuleObservation> stationMeans(HourlyMeans means, long wallClock) throws Exception {
        try (OneInputStreamOperatorTestHarness<HourlyMeans, RuleObservation> harness = ProcessFunctionTestHarnesses
                .forProcessFunction(new AirRuleObservations.StationMeans(NETWORK, OUT_OF_ORDERNESS))) {
            harness.setProcessingTime(wallClock);
            harness.processElement(means, START + HOUR - 1);
            return harness.extractOutputValues();
        }
    }

    @Test
    void aRegionsHourlyAqiBecomesAnAqiHourlyObservationAtTheEndOfTheHour() throws Exception {
        RuleObservation o = regionAqi(regionHour(212, 0), LIVE).get(0);

        assertThat(o.indicator()).isEqualTo("aqi_hourly");
        assertThat(o.subjectType()).isEqualTo("region");
        assertThat(o.subject()).isEqualTo("wbl-xiayuan");
        assertThat(o.region()).isEqualTo("wbl-xiayuan");
        assertThat(o.value()).isEqualByComparingTo("212");
        assertThat(o.at()).isEqualTo(Instant.ofEpochMilli(END));
        assertThat(o.replayed()).isFalse();
        assertThat(o.detail()).contains("212").contains("heavily_polluted").contains("pm25").contains("1 of 1 stations");
        // and it travels on city.indicators in the agreed shape
        assertThat(RuleObservationCodec.decode(RuleObservationCodec.encode(o))).contains(o);
    }

    @Test
    void aRevisionIsObservedAgainAndSaysSo() throws Exception {
        assertThat(regionAqi(regionHour(230, 1), LIVE)).singleElement()
                .satisfies(o -> assertThat(o.detail()).contains("revision 1"));
    }

    @Test
    void anHourWithoutAnAqiGivesNoObservation() throws Exception {
        assertThat(regionAqi(regionHour(null, 0), LIVE)).isEmpty();
    }

    @Test
    void stationResultsAndDailyReportsGiveNoAqiObservation() throws Exception {
        AirResult station = new AirResult(AirPeriod.HOURLY, STATION, AirSubjects.STATION, START, END, "HJ 633-2026", 212,
                "heavily_polluted", List.of("pm25"), Map.of(), Map.of(), Map.of(), 0, false, true, 1, 1);
        AirResult day = new AirResult(AirPeriod.DAILY, "wbl", AirSubjects.REGION, START, START + 24 * HOUR, "HJ 633-2026",
                212, "heavily_polluted", List.of("pm25"), Map.of(), Map.of(), Map.of(), 0, false, true, 1, 1);
        assertThat(regionAqi(station, LIVE)).isEmpty();
        assertThat(regionAqi(day, LIVE)).isEmpty();
    }

    @Test
    void aStationsOneHourMeansOfPm25AndPm10BecomeTwoObservationsInItsCommunity() throws Exception {
        PollutantValues means = PollutantValues.NONE.with(io.cityops.ingest.reading.Pollutant.PM25, new BigDecimal("128.4"))
                .with(io.cityops.ingest.reading.Pollutant.PM10, new BigDecimal("201"))
                .with(io.cityops.ingest.reading.Pollutant.NO2, new BigDecimal("40"));
        List<RuleObservation> out = stationMeans(stationHour(means), LIVE);

        assertThat(out).extracting(RuleObservation::indicator).containsExactly("pm25_hourly", "pm10_hourly");
        assertThat(out).extracting(RuleObservation::value).map(BigDecimal::toPlainString).containsExactly("128.4", "201");
        assertThat(out).allSatisfy(o -> {
            assertThat(o.subjectType()).isEqualTo("station");
            assertThat(o.subject()).isEqualTo(STATION);
            assertThat(o.region()).isEqualTo(AirFixtures.wanbailin().sensor(STATION).orElseThrow().region());
            assertThat(o.at()).isEqualTo(Instant.ofEpochMilli(END));
        });
    }

    @Test
    void aPollutantWithoutAValidMeanGivesNoObservation() throws Exception {
        PollutantValues pm10Only = PollutantValues.NONE.with(io.cityops.ingest.reading.Pollutant.PM10, new BigDecimal("90"));
        assertThat(stationMeans(stationHour(pm10Only), LIVE)).extracting(RuleObservation::indicator)
                .containsExactly("pm10_hourly");
    }

    @Test
    void anHourComputedMoreThanOnePeriodPlusTheOutOfOrdernessAfterItsEndIsReplayed() throws Exception {
        assertThat(regionAqi(regionHour(212, 0), LAST_LIVE).get(0).replayed()).isFalse();
        assertThat(regionAqi(regionHour(212, 0), LAST_LIVE + 1).get(0).replayed()).isTrue();
        assertThat(regionAqi(regionHour(212, 0), END + 30 * 24 * HOUR).get(0).replayed()).isTrue();
        PollutantValues means = PollutantValues.NONE.with(io.cityops.ingest.reading.Pollutant.PM25, BigDecimal.TEN);
        assertThat(stationMeans(stationHour(means), END + 5 * MINUTE).get(0).replayed()).isFalse();
        assertThat(stationMeans(stationHour(means), END + 3 * HOUR).get(0).replayed()).isTrue();
    }
}
