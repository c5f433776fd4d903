package io.cityops.simulators.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.reading.Reading;
import io.cityops.simulators.TestCatalogues;
import io.cityops.simulators.air.AirQualityModel;
import io.cityops.simulators.time.TimedSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FaultInjectorTest {

    private static final Catalogue CATALOGUE = TestCatalogues.of(List.of(
            TestCatalogues.station("ref-1", io.cityops.ingest.catalogue.SensorClass.REFERENCE, TestCatalogues.ALL_SIX, 300),
            TestCatalogues.station("micro-1", io.cityops.ingest.catalogue.SensorClass.MICRO, List.of("pm25", "pm10"), 60),
            TestCatalogues.station("micro-2", io.cityops.ingest.catalogue.SensorClass.MICRO, List.of("pm25", "pm10"), 60)));
    private static final Instant START = Instant.parse("2026-01-10T00:00:00Z");
    private static final Instant END = START.plus(Duration.ofDays(2));

    /** A delivery as the run loop sees it: when it is due and what it is. */
    record Sent(Instant due, Reading reading) {
    }

    @Test
    void withFaultsOffEveryReadingIsSentOnceAndOnTime() {
        List<Sent> clean = drain(new AirQualityModel(CATALOGUE, 1).readings(START));
        List<Sent> passed = drain(injector(FaultConfig.none(), 1));

        assertThat(passed).isEqualTo(clean);
        assertThat(passed).allSatisfy(s -> assertThat(s.due()).isEqualTo(s.reading().ts()));
    }

    @Test
    void duplicatesAreTheSameReadingWithTheSameSeqSentAgainWithinHalfAMinute() {
        List<Sent> clean = drain(new AirQualityModel(CATALOGUE, 1).readings(START));
        List<Sent> sent = drain(injector(FaultConfig.none().withDuplicate(1), 1));

        assertThat(sent).hasSize(2 * clean.size());
        Map<String, List<Sent>> byKey = new HashMap<>();
        sent.forEach(s -> byKey.computeIfAbsent(s.reading().sensorId() + "/" + s.reading().seq(), k -> new ArrayList<>()).add(s));
        assertThat(byKey.values()).allSatisfy(copies -> {
            assertThat(copies).hasSize(2);
            assertThat(copies.get(1).reading()).isEqualTo(copies.get(0).reading());
            assertThat(Duration.between(copies.get(0).due(), copies.get(1).due())).isBetween(Duration.ZERO, Duration.ofSeconds(30));
        });
    }

    @Test
    void lateReadingsAreSentTwoToFifteenMinutesAfterTheirTimestamp() {
        List<Sent> sent = drain(injector(FaultConfig.none().withLate(1), 1));

        assertThat(sent).isNotEmpty().allSatisfy(s -> assertThat(Duration.between(s.reading().ts(), s.due()))
                .isBetween(Duration.ofMinutes(2), Duration.ofMinutes(15)));
        assertThat(sent.stream().map(Sent::due).toList()).isSorted();
    }

    @Test
    void outOfOrderReadingsArriveAfterTheSensorsNextReadingAndNoneIsLost() {
        List<Sent> clean = drain(new AirQualityModel(CATALOGUE, 1).readings(START));
        FaultInjector injector = injector(FaultConfig.none().withOutOfOrder(0.05), 1);
        List<Sent> sent = drain(injector);

        assertThat(sent).hasSameSizeAs(clean);
        assertThat(sent.stream().map(Sent::reading).toList()).containsExactlyInAnyOrderElementsOf(clean.stream().map(Sent::reading).toList());
        Map<String, Instant> lastTs = new HashMap<>();
        int overtaken = 0;
        for (Sent s : sent) {
            Instant previous = lastTs.put(s.reading().sensorId(), s.reading().ts());
            if (previous != null && s.reading().ts().isBefore(previous)) {
                overtaken++;
            }
        }
        // A reading is overtaken by its successor unless that one was held back too.
        assertThat(overtaken).isGreaterThan(100);
        assertThat((double) overtaken).isGreaterThan(0.8 * injector.counts().outOfOrder());
    }

    @Test
    void dropOutsSilenceASensorForTenMinutesToTwoHours() {
        List<Sent> sent = drain(injector(FaultConfig.none().withDropout(0.002), 1));

        Map<String, Instant> last = new HashMap<>();
        List<Duration> gaps = new ArrayList<>();
        for (Sent s : sent) {
            Instant previous = last.put(s.reading().sensorId(), s.reading().ts());
            if (previous != null) {
                Duration gap = Duration.between(previous, s.reading().ts());
                if (gap.compareTo(Duration.ofMinutes(5)) > 0) {
                    gaps.add(gap);
                }
            }
        }
        assertThat(gaps).isNotEmpty().allSatisfy(g -> assertThat(g).isBetween(Duration.ofMinutes(10), Duration.ofMinutes(125)));
    }

    @Test
    void aStuckSensorRepeatsItsValuesForAtLeastAnHour() {
        List<Sent> sent = drain(injector(FaultConfig.none().withStuck(0.001), 1));

        Map<String, Reading> runStart = new HashMap<>();
        Duration longest = Duration.ZERO;
        for (Sent s : sent) {
            Reading r = s.reading();
            Reading first = runStart.get(r.sensorId());
            if (first == null || !first.values().equals(r.values())) {
                runStart.put(r.sensorId(), r);
            } else {
                Duration run = Duration.between(first.ts(), r.ts());
                longest = run.compareTo(longest) > 0 ? run : longest;
            }
        }
        assertThat(longest).isGreaterThanOrEqualTo(Duration.ofMinutes(55)).isLessThanOrEqualTo(Duration.ofHours(6));
    }

    @Test
    void spikesMultiplyOneValueSeveralTimes() {
        List<Sent> clean = drain(new AirQualityModel(CATALOGUE, 1).readings(START));
        List<Sent> spiked = drain(injector(FaultConfig.none().withSpike(0.01), 1));

        int spikes = 0;
        for (int i = 0; i < clean.size(); i++) {
            Map<String, Double> before = clean.get(i).reading().values();
            Map<String, Double> after = spiked.get(i).reading().values();
            List<String> changed = before.keySet().stream().filter(k -> !before.get(k).equals(after.get(k))).toList();
            if (!changed.isEmpty()) {
                spikes++;
                assertThat(changed).hasSize(1);
                double factor = after.get(changed.get(0)) / before.get(changed.get(0));
                assertThat(factor).isBetween(2.9, 8.1);
            }
        }
        assertThat(spikes).isGreaterThan(20);
    }

    @Test
    void withEveryFaultOnDueTimesNeverGoBackwardsAndTheSameSeedGivesTheSameDeliveries() {
        FaultConfig config = new FaultConfig(0.001, 0.01, 0.001, 0.05, 0.05, 0.05);

        List<Sent> first = drain(injector(config, 5));
        List<Sent> second = drain(injector(config, 5));

        assertThat(first.stream().map(Sent::due).toList()).isSorted();
        assertThat(second).isEqualTo(first);
    }

    private static FaultInjector injector(FaultConfig config, long seed) {
        return new FaultInjector(new AirQualityModel(CATALOGUE, seed).readings(START), config, seed, CATALOGUE);
    }

    /** Everything whose reading was taken before {@link #END}, in the order it is due. */
    static List<Sent> drain(TimedSource<Reading> source) {
        List<Sent> sent = new ArrayList<>();
        while (true) {
            Instant due = source.nextDue().orElseThrow();
            if (!due.isBefore(END.plus(Duration.ofHours(3)))) {
                break;
            }
            Reading r = source.next();
            if (r.ts().isBefore(END)) {
                sent.add(new Sent(due, r));
            }
        }
        return sent;
    }
}
