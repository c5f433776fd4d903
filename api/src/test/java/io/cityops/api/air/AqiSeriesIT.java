package io.cityops.api.air;

import static io.cityops.api.testing.AirLines.dailyRegion;
import static io.cityops.api.testing.AirLines.hourlyStation;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cityops.api.testing.InfluxFixture;
import io.cityops.api.testing.Json;
import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.Region;
import io.cityops.ingest.catalogue.Sensor;
import io.cityops.ingest.reading.SensorKind;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code /api/v1/air/aqi}: windows, resolutions, exact values, and every rejected request. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AqiSeriesIT implements TestPropertyProvider {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);

    private final InfluxFixture influx = InfluxFixture.create("api_aqi_series");

    @Inject
    Catalogue catalogue;

    @Inject
    @Client("/")
    HttpClient httpClient;

    private BlockingHttpClient client;
    private Sensor station;
    private Region subDistrict;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("cityops.influxdb.database", influx.database());
    }

    @BeforeAll
    void writeWhatTheJobWouldWrite() {
        client = httpClient.toBlocking();
        ZoneId zone = catalogue.timeZone();
        subDistrict = catalogue.subDistricts().stream()
                .filter(r -> !catalogue.sensorsWithin(r.id(), SensorKind.AIR).isEmpty()).findFirst().orElseThrow();
        station = catalogue.sensorsWithin(subDistrict.id(), SensorKind.AIR).get(0);
        Instant midnight = DAY.atStartOfDay(zone).toInstant();
        List<String> lines = new ArrayList<>();
        // 23:00 the day before, then 00:00 to 03:00.
        for (int hour = -1; hour <= 3; hour++) {
            lines.add(hourlyStation(station.id(), midnight.plusSeconds(3600L * hour),
                    "aqi=" + (60 + hour) + "i,category=\"good\",primary=\"pm25\",standard=\"HJ 633-2026\","
                            + "iaqi_pm25=" + (60 + hour) + "i,iaqi_co=41i,c_pm25=45.5,c_co=4.05,revision=0i,final=true,valid=true"));
        }
        // Another station's point must not leak into this one's series.
        Sensor other = catalogue.sensors().stream()
                .filter(s -> s.kind() == SensorKind.AIR && !s.equals(station)).findFirst().orElseThrow();
        lines.add(hourlyStation(other.id(), midnight, "aqi=300i,category=\"heavily_polluted\",final=true"));
        lines.add(dailyRegion(subDistrict.id(), midnight.minusSeconds(86_400), "aqi=110i,category=\"lightly_polluted\","
                + "primary=\"pm25,pm10\",standard=\"HJ 633-2026\",revision=0i,final=true,valid=true,"
                + "stations_reporting=2i,stations_expected=2i"));
        lines.add(dailyRegion(subDistrict.id(), midnight, "standard=\"HJ 633-2026\",iaqi_pm25=45i,revision=3i,final=false,"
                + "valid=false,stations_reporting=1i,stations_expected=2i"));
        influx.write(lines);
    }

    @AfterAll
    void dropTheDatabase() {
        influx.close();
    }

    @Test
    void returnsTheHoursStartingWithinTheWindowOldestFirst() {
        JsonNode series = Json.get(client, "/api/v1/air/aqi?station=" + station.id()
                + "&from=" + encode("2026-11-27T00:00:00+08:00") + "&to=" + encode("2026-11-27T03:00:00+08:00"));

        assertThat(series.path("subject").asText()).isEqualTo(station.id());
        assertThat(series.path("subjectType").asText()).isEqualTo("station");
        assertThat(series.path("resolution").asText()).isEqualTo("hour");
        assertThat(starts(series)).containsExactly(
                "2026-11-27T00:00:00+08:00", "2026-11-27T01:00:00+08:00", "2026-11-27T02:00:00+08:00");
        JsonNode first = series.path("points").get(0);
        assertThat(first.path("end").asText()).isEqualTo("2026-11-27T01:00:00+08:00");
        assertThat(first.path("aqi").asInt()).isEqualTo(60);
        assertThat(first.path("standard").asText()).isEqualTo("HJ 633-2026");
        assertThat(first.path("iaqi").path("co").asInt()).isEqualTo(41);
        assertThat(first.path("valid").asBoolean()).isTrue();
        assertThat(first.path("coverage").isNull()).isTrue();
    }

    @Test
    void concentrationsKeepTheirExactDecimals() {
        String body = client.retrieve("/api/v1/air/aqi?station=" + station.id() + "&from=2026-11-27&to=2026-11-28");

        assertThat(body).contains("\"co\":4.05").contains("\"pm25\":45.5");
    }

    @Test
    void aLocalDateAndAnUnencodedPlusAreReadInTheCatalogueZone() {
        JsonNode series = Json.get(client, "/api/v1/air/aqi?station=" + station.id()
                + "&from=2026-11-27&to=2026-11-27T02:00:00+08:00");

        assertThat(starts(series)).containsExactly("2026-11-27T00:00:00+08:00", "2026-11-27T01:00:00+08:00");
    }

    @Test
    void dailyPointsEndAtTheNextLocalMidnightAndCarryCoverage() {
        JsonNode series = Json.get(client, "/api/v1/air/aqi?region=" + subDistrict.id()
                + "&resolution=day&from=2026-11-20&to=2026-11-28");

        assertThat(series.path("subjectType").asText()).isEqualTo("region");
        assertThat(starts(series)).containsExactly("2026-11-26T00:00:00+08:00", "2026-11-27T00:00:00+08:00");
        JsonNode complete = series.path("points").get(0);
        assertThat(complete.path("end").asText()).isEqualTo("2026-11-27T00:00:00+08:00");
        assertThat(complete.path("primaryPollutants").toString()).isEqualTo("[\"pm25\",\"pm10\"]");
        assertThat(complete.path("coverage").path("reporting").asInt()).isEqualTo(2);
        JsonNode incomplete = series.path("points").get(1);
        assertThat(incomplete.path("aqi").isNull()).isTrue();
        assertThat(incomplete.path("category").isNull()).isTrue();
        assertThat(incomplete.path("valid").asBoolean()).isFalse();
        assertThat(incomplete.path("revision").asInt()).isEqualTo(3);
        assertThat(incomplete.path("coverage").path("reporting").asInt()).isEqualTo(1);
        assertThat(incomplete.path("coverage").path("expected").asInt()).isEqualTo(2);
    }

    @Test
    void aWindowWithoutDataHasNoPoints() {
        JsonNode series = Json.get(client, "/api/v1/air/aqi?station=" + station.id() + "&from=2025-01-01&to=2025-01-02");

        assertThat(series.path("points")).isEmpty();
    }

    Stream<Arguments> rejectedRequests() {
        String station = "station=" + this.station.id();
        return Stream.concat(Stream.of(
                Arguments.of("neither station nor region", "", 400, "station"),
                Arguments.of("both station and region", station + "&region=" + subDistrict.id(), 400, "station"),
                Arguments.of("an unreadable from", station + "&from=yesterday", 400, "from"),
                Arguments.of("an unreadable to", station + "&from=2026-11-27&to=2026-13-01", 400, "to"),
                Arguments.of("from after to", station + "&from=2026-11-28&to=2026-11-27", 400, "to"),
                Arguments.of("from equal to to", station + "&from=2026-11-27&to=2026-11-27", 400, "to"),
                Arguments.of("more than 400 days", station + "&from=2025-01-01&to=2026-11-27", 400, "to"),
                Arguments.of("an unknown resolution", station + "&resolution=minute", 400, "resolution"),
                Arguments.of("an unknown station", "station=aq-nowhere", 404, "station"),
                Arguments.of("an unknown region", "region=atlantis", 404, "region"),
                Arguments.of("InfluxQL injection in station", "station=" + encode("x' OR 1=1 --"), 404, "station"),
                Arguments.of("InfluxQL injection in region", "region=" + encode(subDistrict.id() + "' OR '1'='1"), 404,
                        "region")),
                // A catalogued sensor of another kind is no air-quality station (when the catalogue has one).
                catalogue.sensors().stream().filter(s -> s.kind() != SensorKind.AIR).limit(1)
                        .map(s -> Arguments.of("a sensor of another kind as station", "station=" + s.id(), 404, "station")));
    }

    @ParameterizedTest(name = "{0} is answered {2} naming {3}")
    @MethodSource("rejectedRequests")
    void rejectsABadRequestWithAProblemNamingTheParameter(String what, String query, int status, String parameter) {
        HttpResponse<?> response = Json.failure(client, "/api/v1/air/aqi?" + query);

        assertThat(response.code()).isEqualTo(status);
        assertThat(response.getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("application/problem+json"));
        JsonNode problem = Json.body(response);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("parameter").asText()).isEqualTo(parameter);
        assertThat(problem.path("type").asText()).startsWith("urn:cityops:problem:");
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).isNotBlank();
        assertThat(problem.has("points")).isFalse();
    }

    private static List<String> starts(JsonNode series) {
        List<String> starts = new ArrayList<>();
        series.path("points").forEach(p -> starts.add(p.path("start").asText()));
        return starts;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
