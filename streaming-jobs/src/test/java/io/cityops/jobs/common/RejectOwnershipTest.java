package io.cityops.jobs.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.CatalogueLoader;
import io.cityops.ingest.catalogue.Sensor;
import io.cityops.ingest.reading.ParseResult;
import io.cityops.ingest.reading.ReadingValidator;
import io.cityops.ingest.reading.SensorKind;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RejectOwnershipTest {

    private static final Catalogue CATALOGUE = CatalogueLoader.loadDefault();
    private static final ReadingValidator VALIDATOR = new ReadingValidator(CATALOGUE, Duration.ofMinutes(5));
    private static final Instant NOW = Instant.parse("2026-11-28T08:00:00Z");
    private static final String STATION = first(SensorKind.AIR);
    private static final String METER = first(SensorKind.ENERGY);
    private static final String CELL = first(SensorKind.NETWORK);

    static Stream<Arguments> rejects() {
        return Stream.of(
                // payload, Kafka key, the kind whose job reports it
                Arguments.of("{\"sensorId\":\"" + METER + "\",\"kind\":\"energy\",\"ts\":\"2026-11-28T07:00:00Z\",\"values\":{\"electricity_kwh\":\"x\"}}",
                        METER, SensorKind.ENERGY),
                Arguments.of("{\"sensorId\":\"" + CELL + "\",\"kind\":\"network\",\"ts\":\"2030-01-01T00:00:00Z\",\"values\":{\"available\":1}}",
                        CELL, SensorKind.NETWORK),
                // a catalogued sensor wins over a wrong stated kind
                Arguments.of("{\"sensorId\":\"" + STATION + "\",\"kind\":\"energy\",\"ts\":\"2026-11-28T07:00:00Z\",\"values\":{\"pm25\":1}}",
                        STATION, SensorKind.AIR),
                // too broken to name a sensor: the Kafka key does
                Arguments.of("{\"sensorId\":", METER, SensorKind.ENERGY),
                Arguments.of("{\"sensorId\":", CELL, SensorKind.NETWORK),
                // an unknown sensor stating its kind
                Arguments.of("{\"sensorId\":\"em-nowhere\",\"kind\":\"energy\",\"ts\":\"2026-11-28T07:00:00Z\",\"values\":{\"gas_m3\":1}}",
                        "em-nowhere", SensorKind.ENERGY),
                // nothing names a kind: the air job, which every deployment runs, reports it
                Arguments.of("not json at all", null, SensorKind.AIR),
                Arguments.of("{\"sensorId\":\"x\",\"kind\":\"weather\",\"ts\":\"2026-11-28T07:00:00Z\",\"values\":{\"t\":1}}",
                        "x", SensorKind.AIR));
    }

    @ParameterizedTest
    @MethodSource("rejects")
    void exactlyOneJobReportsEachReject(String payload, String key, SensorKind owner) {
        ParseResult result = VALIDATOR.validate(payload.getBytes(StandardCharsets.UTF_8), NOW);
        assertThat(result).isInstanceOf(ParseResult.Rejected.class);
        ParseResult.Rejected rejected = (ParseResult.Rejected) result;
        RejectOwnership ownership = new RejectOwnership(CATALOGUE);

        assertThat(EnumSet.allOf(SensorKind.class).stream().filter(job -> ownership.isOwnedBy(job, rejected, key)))
                .containsExactly(owner);
    }

    private static String first(SensorKind kind) {
        Optional<Sensor> sensor = CATALOGUE.sensors().stream().filter(s -> s.kind() == kind).findFirst();
        return sensor.orElseThrow().id();
    }
}
