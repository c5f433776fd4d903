package io.cityops.simulators.air;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.CatalogueLoader;
import io.cityops.ingest.catalogue.Sensor;
import io.cityops.ingest.catalogue.SensorClass;
import io.cityops.ingest.reading.ParseResult;
import io.cityops.ingest.reading.Reading;
import io.cityops.ingest.reading.ReadingCodec;
import io.cityops.ingest.reading.ReadingValidator;
import io.cityops.simulators.TestCatalogues;
import io.cityops.simulators.fault.FaultConfig;
import io.cityops.simulators.fault.FaultInjector;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AirReadingSupplierTest {

    private static final Catalogue WANBAILIN = CatalogueLoader.loadDefault();
    private static final Instant WINTER_MORNING = Instant.parse("2026-01-10T00:00:00Z");

    @Test
    void sameSeedCatalogueAndStartGiveByteIdenticalReadings() {
        List<byte[]> first = encoded(new AirQualityModel(WANBAILIN, 7).readings(WINTER_MORNING), 5000);
        List<byte[]> second = encoded(new AirQualityModel(WANBAILIN, 7).readings(WINTER_MORNING), 5000);

        assertThat(second).hasSize(5000);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i)).as("reading %d", i).isEqualTo(first.get(i));
        }
    }

    @Test
    void differentSeedsGiveDifferentReadings() {
        List<Reading> a = take(new AirQualityModel(WANBAILIN, 7).readings(WINTER_MORNING), 500);
        List<Reading> b = take(new AirQualityModel(WANBAILIN, 8).readings(WINTER_MORNING), 500);

        assertThat(a).extracting(Reading::sensorId, Reading::ts).isEqualTo(b.stream().map(r -> org.assertj.core.groups.Tuple.tuple(r.sensorId(), r.ts())).toList());
        long differing = java.util.stream.IntStream.range(0, a.size()).filter(i -> !a.get(i).values().equals(b.get(i).values())).count();
        assertThat(differing).isGreaterThan(450);
    }

    @Test
    void addingAStationLeavesEveryOtherStationsReadingsUnchanged() {
        Catalogue small = TestCatalogues.smallHourly();
        Catalogue bigger = TestCatalogues.plus(small,
                TestCatalogues.station("aaa-new", SensorClass.MICRO, List.of("pm25", "pm10"), 600));

        List<Reading> before = take(new AirQualityModel(small, 3).readings(WINTER_MORNING), 400);
        List<Reading> after = take(new AirQualityModel(bigger, 3).readings(WINTER_MORNING), 1000).stream()
                .filter(r -> !r.sensorId().equals("aaa-new"))
                .limit(400)
                .toList();

        assertThat(after).isEqualTo(before);
    }

    @Test
    void withoutFaultsEveryStationReportsExactlyOncePerIntervalWithConsecutiveSeq() {
        AirReadingSupplier supplier = new AirQualityModel(WANBAILIN, 42).readings(WINTER_MORNING);
        Instant end = WINTER_MORNING.plus(Duration.ofDays(1));
        Map<String, List<Reading>> bySensor = new HashMap<>();
        while (supplier.nextDue().orElseThrow().isBefore(end)) {
            Reading r = supplier.next();
            bySensor.computeIfAbsent(r.sensorId(), k -> new ArrayList<>()).add(r);
        }

        List<Sensor> stations = new AirQualityModel(WANBAILIN, 42).stations();
        assertThat(stations).hasSize(44);
        assertThat(bySensor).hasSameSizeAs(stations);
        for (Sensor s : stations) {
            List<Reading> readings = bySensor.get(s.id());
            int interval = s.reportingIntervalSeconds();
            assertThat(readings).as(s.id()).hasSize(86_400 / interval);
            for (int i = 0; i < readings.size(); i++) {
                assertThat(readings.get(i).ts()).isEqualTo(WINTER_MORNING.plusSeconds((long) i * interval));
                assertThat(readings.get(i).seq()).isEqualTo(readings.get(0).seq() + i);
            }
        }
    }

    @Test
    void readingsAreInTimeOrder() {
        List<Reading> readings = take(new AirQualityModel(WANBAILIN, 42).readings(WINTER_MORNING.plusSeconds(17)), 3000);

        assertThat(readings.get(0).ts()).isEqualTo(WINTER_MORNING.plusSeconds(60));
        for (int i = 1; i < readings.size(); i++) {
            assertThat(readings.get(i).ts()).isAfterOrEqualTo(readings.get(i - 1).ts());
        }
    }

    @Test
    void everyReadingCarriesOnlyWhatItsStationMeasuresAndPassesTheContractValidatorEvenWithFaults() {
        ReadingValidator validator = new ReadingValidator(WANBAILIN, Duration.ZERO);
        FaultConfig manyFaults = new FaultConfig(0.001, 0.01, 0.001, 0.01, 0.01, 0.01);
        List<EpisodeScript> episode = List.of(new EpisodeScript(Instant.parse("2026-01-05T10:00:00Z"), Duration.ofDays(3), 450));
        int checked = 0;
        // Winter with a severe scripted episode, spring dust season, summer ozone season.
        for (String start : List.of("2026-01-05T00:00:00Z", "2026-04-01T00:00:00Z", "2026-07-01T00:00:00Z")) {
            Instant from = Instant.parse(start);
            AirQualityModel model = new AirQualityModel(WANBAILIN, 11, episode);
            FaultInjector readings = new FaultInjector(model.readings(from), manyFaults, 11, WANBAILIN);
            Instant end = from.plus(Duration.ofDays(2));
            while (readings.nextDue().orElseThrow().isBefore(end)) {
                Reading r = readings.next();
                Sensor sensor = WANBAILIN.sensor(r.sensorId()).orElseThrow();
                assertThat(r.values().keySet()).as(r.sensorId()).isEqualTo(java.util.Set.copyOf(sensor.measures()));
                ParseResult result = validator.validate(ReadingCodec.encode(r), r.ts());
                assertThat(result).as(ReadingCodec.encodeToString(r)).isInstanceOf(ParseResult.Accepted.class);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(250_000);
    }

    @Test
    void pm10IsNeverBelowPm25() {
        List<Reading> readings = take(new AirQualityModel(WANBAILIN, 5).readings(Instant.parse("2026-04-01T00:00:00Z")), 20_000);

        assertThat(readings.stream().filter(r -> r.values().containsKey("pm25") && r.values().containsKey("pm10")))
                .allSatisfy(r -> assertThat(r.values().get("pm10")).isGreaterThanOrEqualTo(r.values().get("pm25")));
    }

    @Test
    void stationClassesDifferInHowFarTheyStrayFromTheDistrict() {
        AirQualityModel model = new AirQualityModel(TestCatalogues.smallHourly(), 9);
        AirReadingSupplier supplier = model.readings(WINTER_MORNING);
        Map<String, List<Double>> logDeviation = new HashMap<>();
        Instant end = WINTER_MORNING.plus(Duration.ofDays(20));
        while (supplier.nextDue().orElseThrow().isBefore(end)) {
            Reading r = supplier.next();
            Double pm25 = r.values().get("pm25");
            if (pm25 != null) {
                double district = model.conditionsAt(r.ts()).pm25();
                logDeviation.computeIfAbsent(r.sensorId(), k -> new ArrayList<>()).add(Math.log(pm25 / district));
            }
        }
        Map<String, Double> spread = logDeviation.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> standardDeviation(e.getValue())));

        assertThat(spread.get("ref-1")).isLessThan(0.12);
        assertThat(spread.get("micro-1")).isGreaterThan(1.5 * spread.get("ref-1"));
    }

    static double standardDeviation(List<Double> values) {
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        return Math.sqrt(values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / values.size());
    }

    private static List<Reading> take(AirReadingSupplier supplier, int n) {
        List<Reading> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(supplier.next());
        }
        return out;
    }

    private static List<byte[]> encoded(AirReadingSupplier supplier, int n) {
        return take(supplier, n).stream().map(ReadingCodec::encode).toList();
    }
}
