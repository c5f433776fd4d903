package io.cityops.api.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cityops.api.testing.InfluxFixture;
import io.cityops.api.testing.Json;
import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.Region;
import io.cityops.ingest.catalogue.Sensor;
import io.cityops.ingest.reading.SensorKind;
import io.cityops.ingest.schema.IngestSeries;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code /api/v1/ingest/stats}: cumulative counters per sensor and the stale flag. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestStatsIT implements TestPropertyProvider {

    private final InfluxFixture influx = InfluxFixture.create("api_ingest_stats");

    @Inject
    Catalogue catalogue;

    @Inject
    @Client("/")
    HttpClient httpClient;

    private BlockingHttpClient client;
    private Region subDistrict;
    private Sensor fresh;
    private Sensor silent;
    private List<Sensor> neverSeen;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("cityops.influxdb.database", influx.database(), "cityops.ingest.stale-after", "10m");
    }

    @BeforeAll
    void writeWhatTheJobWouldWrite() {
        client = httpClient.toBlocking();
        subDistrict = catalogue.subDistricts().stream()
                .filter(r -> catalogue.sensorsWithin(r.id(), SensorKind.AIR).size() >= 2)
                .findFirst().orElseThrow(() -> new AssertionError("the catalogue needs a sub-district with two stations"));
        List<Sensor> stations = catalogue.sensorsWithin(subDistrict.id(), SensorKind.AIR);
        fresh = stations.get(0);
        silent = stations.get(1);
        neverSeen = catalogue.sensors().stream()
                .filter(s -> catalogue.isWithin(s.region(), subDistrict.id()) && !s.equals(fresh) && !s.equals(silent))
                .toList();
        Instant now = Instant.now();
        influx.write(
                stats(fresh, now.minus(Duration.ofMinutes(3)), "accepted=90i,duplicate=2i,late=0i,rejected_impossible_value=1i,"
                        + "last_seen_ms=" + now.minus(Duration.ofMinutes(3)).toEpochMilli() + "i"),
                // Cumulative counters: the newest point holds the totals.
                stats(fresh, now.minus(Duration.ofMinutes(1)), "accepted=100i,duplicate=3i,late=1i,rejected_impossible_value=2i,"
                        + "rejected_future_timestamp=4i,last_seen_ms=" + now.minus(Duration.ofMinutes(1)).toEpochMilli() + "i"),
                stats(silent, now.minus(Duration.ofMinutes(30)), "accepted=50i,duplicate=0i,late=0i,"
                        + "last_seen_ms=" + now.minus(Duration.ofMinutes(30)).toEpochMilli() + "i"),
                IngestSeries.MEASUREMENT + "," + IngestSeries.TAG_SENSOR + "=ghost-1," + IngestSeries.TAG_KIND
                        + "=air rejected_unknown_sensor=7i " + now.toEpochMilli());
    }

    private static String stats(Sensor sensor, Instant at, String fields) {
        return IngestSeries.MEASUREMENT + "," + IngestSeries.TAG_KIND + "=" + sensor.kind().wireName() + ","
                + IngestSeries.TAG_SENSOR + "=" + sensor.id() + " " + fields + " " + at.toEpochMilli();
    }

    @AfterAll
    void dropTheDatabase() {
        influx.close();
    }

    @Test
    void countsAreTheNewestCumulativeValues() {
        JsonNode sensor = sensor(stats(), fresh.id());

        assertThat(sensor.path("accepted").asLong()).isEqualTo(100);
        assertThat(sensor.path("duplicate").asLong()).isEqualTo(3);
        assertThat(sensor.path("late").asLong()).isEqualTo(1);
        assertThat(sensor.path("rejected").path("impossible_value").asLong()).isEqualTo(2);
        assertThat(sensor.path("rejected").path("future_timestamp").asLong()).isEqualTo(4);
        assertThat(sensor.path("rejectedTotal").asLong()).isEqualTo(6);
        assertThat(sensor.path("kind").asText()).isEqualTo("air");
    }

    @Test
    void aSensorSeenWithinStaleAfterIsNotStale() {
        JsonNode sensor = sensor(stats(), fresh.id());

        assertThat(sensor.path("stale").asBoolean()).isFalse();
        assertThat(sensor.path("lastSeen").asText()).endsWith("+08:00");
    }

    @Test
    void aSensorSilentForLongerThanStaleAfterIsStale() {
        JsonNode sensor = sensor(stats(), silent.id());

        assertThat(sensor.path("accepted").asLong()).isEqualTo(50);
        assertThat(sensor.path("stale").asBoolean()).isTrue();
    }

    @Test
    void aSensorNeverSeenIsStaleWithZeroCounts() {
        JsonNode stats = stats();

        assertThat(neverSeen).isNotEmpty();
        neverSeen.forEach(never -> {
            JsonNode sensor = sensor(stats, never.id());
            assertThat(sensor.path("stale").asBoolean()).isTrue();
            assertThat(sensor.path("accepted").asLong()).isZero();
            assertThat(sensor.path("lastSeen").isNull()).isTrue();
        });
    }

    @Test
    void totalsAddUpTheRegionsSensors() {
        JsonNode stats = stats();
        JsonNode totals = stats.path("totals");

        assertThat(stats.path("staleAfter").asText()).isEqualTo("PT10M");
        assertThat(stats.path("sensors")).hasSize(2 + neverSeen.size());
        assertThat(totals.path("sensors").asInt()).isEqualTo(2 + neverSeen.size());
        assertThat(totals.path("staleSensors").asInt()).isEqualTo(1 + neverSeen.size());
        assertThat(totals.path("accepted").asLong()).isEqualTo(150);
        assertThat(totals.path("rejectedTotal").asLong()).isEqualTo(6);
        assertThat(totals.path("rejected").path("impossible_value").asLong()).isEqualTo(2);
        // Senders the catalogue does not know belong to no sub-district.
        assertThat(stats.has("uncatalogued")).isFalse();
    }

    @Test
    void theDistrictAlsoCountsSendersTheCatalogueDoesNotKnow() {
        JsonNode stats = Json.get(client, "/api/v1/ingest/stats");

        assertThat(stats.path("region").asText()).isEqualTo(catalogue.district().id());
        assertThat(stats.path("sensors")).hasSize(catalogue.sensors().size());
        assertThat(stats.path("uncatalogued").path("sensors").asInt()).isEqualTo(1);
        assertThat(stats.path("uncatalogued").path("rejected").path("unknown_sensor").asLong()).isEqualTo(7);
    }

    @Test
    void filtersByKind() {
        JsonNode stats = Json.get(client, "/api/v1/ingest/stats?region=" + subDistrict.id() + "&kind=air");

        assertThat(stats.path("sensors")).hasSize(catalogue.sensorsWithin(subDistrict.id(), SensorKind.AIR).size());
        stats.path("sensors").forEach(s -> assertThat(s.path("kind").asText()).isEqualTo("air"));
    }

    @Test
    void anUnknownRegionOrKindIsAProblem() {
        HttpResponse<?> region = Json.failure(client, "/api/v1/ingest/stats?region=atlantis");
        HttpResponse<?> kind = Json.failure(client, "/api/v1/ingest/stats?kind=water");

        assertThat(region.code()).isEqualTo(404);
        assertThat(Json.body(region).path("parameter").asText()).isEqualTo("region");
        assertThat(kind.code()).isEqualTo(400);
        assertThat(Json.body(kind).path("parameter").asText()).isEqualTo("kind");
    }

    private JsonNode stats() {
        return Json.get(client, "/api/v1/ingest/stats?region=" + subDistrict.id());
    }

    private static JsonNode sensor(JsonNode stats, String id) {
        for (JsonNode sensor : stats.path("sensors")) {
            if (sensor.path("sensor").asText().equals(id)) {
                return sensor;
            }
        }
        throw new AssertionError("no sensor " + id + " in " + stats);
    }
}
