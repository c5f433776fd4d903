package io.cityops.api.air;

import static io.cityops.api.testing.AirLines.hourlyRegion;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code /api/v1/air/latest} reading hourly points the job wrote. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AirLatestIT implements TestPropertyProvider {

    private final InfluxFixture influx = InfluxFixture.create("api_air_latest");

    @Inject
    Catalogue catalogue;

    @Inject
    @Client("/")
    HttpClient httpClient;

    private BlockingHttpClient client;
    private Region district;
    private Region subDistrict;
    private Region quietSubDistrict;
    private Sensor revisedStation;
    private Sensor stationWithoutAqi;
    private ZoneId zone;
    private Instant elevenOClock;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("cityops.influxdb.database", influx.database());
    }

    @BeforeAll
    void writeWhatTheJobWouldWrite() {
        client = httpClient.toBlocking();
        zone = catalogue.timeZone();
        district = catalogue.district();
        subDistrict = catalogue.subDistricts().stream()
                .filter(r -> catalogue.sensorsWithin(r.id(), SensorKind.AIR).size() >= 2)
                .findFirst().orElseThrow(() -> new AssertionError("the catalogue needs a sub-district with two stations"));
        quietSubDistrict = catalogue.subDistricts().stream().filter(r -> !r.equals(subDistrict)).findFirst().orElseThrow();
        List<Sensor> stations = catalogue.sensorsWithin(subDistrict.id(), SensorKind.AIR);
        revisedStation = stations.get(0);
        stationWithoutAqi = stations.get(1);
        Instant tenOClock = LocalDate.of(2026, 11, 27).atTime(10, 0).atZone(zone).toInstant();
        elevenOClock = tenOClock.plusSeconds(3600);

        influx.write(
                hourlyRegion(district.id(), tenOClock, "aqi=80i,category=\"good\",primary=\"pm25\",final=true,revision=0i"),
                hourlyRegion(district.id(), elevenOClock, "aqi=120i,category=\"lightly_polluted\",primary=\"pm25\","
                        + "standard=\"HJ 633-2026\",iaqi_pm25=120i,c_pm25=90.5,final=false,revision=0i,valid=true,"
                        + "stations_reporting=3i,stations_expected=4i"),
                hourlyRegion(subDistrict.id(), elevenOClock, "aqi=95i,category=\"good\",primary=\"pm10\",final=false,revision=0i"),
                hourlyStation(revisedStation.id(), elevenOClock, "aqi=90i,category=\"good\",primary=\"pm25\",final=false,revision=0i"),
                hourlyStation(stationWithoutAqi.id(), tenOClock, "aqi=60i,category=\"good\",primary=\"pm25\",final=true,revision=0i"),
                // The newest hour misses pollutants: IAQI and concentrations only, no AQI (HJ 633-2026).
                hourlyStation(stationWithoutAqi.id(), elevenOClock, "primary=\"\",iaqi_pm25=40i,c_pm25=28,final=false,revision=0i"));
        // Late data rewrites the same hour: same series and time, so the point is replaced.
        influx.write(hourlyStation(revisedStation.id(), elevenOClock,
                "aqi=105i,category=\"lightly_polluted\",primary=\"pm25\",final=true,revision=1i"));
    }

    @AfterAll
    void dropTheDatabase() {
        influx.close();
    }

    @Test
    void theDistrictShowsItsNewestHour() {
        JsonNode region = Json.get(client, "/api/v1/air/latest?region=" + district.id()).path("region");

        assertThat(region.path("subject").asText()).isEqualTo(district.id());
        assertThat(region.path("subjectType").asText()).isEqualTo("region");
        assertThat(region.path("nameZh").asText()).isEqualTo(district.nameZh());
        JsonNode point = region.path("point");
        assertThat(point.path("aqi").asInt()).isEqualTo(120);
        assertThat(point.path("category").asText()).isEqualTo("lightly_polluted");
        assertThat(point.path("start").asText()).isEqualTo("2026-11-27T11:00:00+08:00");
        assertThat(point.path("end").asText()).isEqualTo("2026-11-27T12:00:00+08:00");
        assertThat(point.path("primaryPollutants").get(0).asText()).isEqualTo("pm25");
        assertThat(point.path("concentrations").path("pm25").decimalValue()).isEqualByComparingTo("90.5");
        assertThat(point.path("coverage").path("reporting").asInt()).isEqualTo(3);
        assertThat(point.path("coverage").path("expected").asInt()).isEqualTo(4);
        assertThat(point.path("final").asBoolean()).isFalse();
    }

    @Test
    void withoutARegionTheDistrictIsMeant() {
        assertThat(Json.get(client, "/api/v1/air/latest").path("region").path("subject").asText()).isEqualTo(district.id());
    }

    @Test
    void everySubDistrictIsListedAndOneWithoutDataHasANullPoint() {
        JsonNode children = Json.get(client, "/api/v1/air/latest?region=" + district.id()).path("children");

        assertThat(subjects(children)).containsExactlyElementsOf(catalogue.children(district.id()).stream()
                .filter(catalogue.subDistricts()::contains).map(Region::id).toList());
        JsonNode withData = child(children, subDistrict.id());
        assertThat(withData.path("point").path("aqi").asInt()).isEqualTo(95);
        JsonNode quiet = child(children, quietSubDistrict.id());
        assertThat(quiet.has("point")).isTrue();
        assertThat(quiet.path("point").isNull()).isTrue();
    }

    @Test
    void aSubDistrictListsItsStationsWithTheirClass() {
        JsonNode children = Json.get(client, "/api/v1/air/latest?region=" + subDistrict.id()).path("children");

        assertThat(subjects(children)).containsExactlyElementsOf(
                catalogue.sensorsWithin(subDistrict.id(), SensorKind.AIR).stream().map(Sensor::id).toList());
        children.forEach(child -> {
            assertThat(child.path("subjectType").asText()).isEqualTo("station");
            assertThat(child.path("sensorClass").asText()).isNotBlank();
        });
    }

    @Test
    void aRevisedHourShowsItsRevision() {
        JsonNode children = Json.get(client, "/api/v1/air/latest?region=" + subDistrict.id()).path("children");

        JsonNode point = child(children, revisedStation.id()).path("point");
        assertThat(point.path("revision").asInt()).isEqualTo(1);
        assertThat(point.path("aqi").asInt()).isEqualTo(105);
        assertThat(point.path("final").asBoolean()).isTrue();
    }

    @Test
    void anHourWithoutAqiShowsNullAqiAndCategory() {
        JsonNode children = Json.get(client, "/api/v1/air/latest?region=" + subDistrict.id()).path("children");

        JsonNode point = child(children, stationWithoutAqi.id()).path("point");
        assertThat(point.path("start").asText()).isEqualTo("2026-11-27T11:00:00+08:00");
        assertThat(point.has("aqi")).isTrue();
        assertThat(point.path("aqi").isNull()).isTrue();
        assertThat(point.path("category").isNull()).isTrue();
        assertThat(point.path("primaryPollutants")).isEmpty();
        assertThat(point.path("iaqi").path("pm25").asInt()).isEqualTo(40);
    }

    @Test
    void anUnknownRegionIsNotFound() {
        HttpResponse<?> response = Json.failure(client, "/api/v1/air/latest?region=atlantis");

        assertThat(response.code()).isEqualTo(404);
        assertThat(Json.body(response).path("parameter").asText()).isEqualTo("region");
    }

    private static List<String> subjects(JsonNode children) {
        List<String> subjects = new ArrayList<>();
        children.forEach(child -> subjects.add(child.path("subject").asText()));
        return subjects;
    }

    private static JsonNode child(JsonNode children, String subject) {
        for (JsonNode child : children) {
            if (child.path("subject").asText().equals(subject)) {
                return child;
            }
        }
        throw new AssertionError("no child " + subject + " in " + children);
    }
}
