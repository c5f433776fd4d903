package io.cityops.api.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cityops.api.testing.Json;
import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.CatalogueLoader;
import io.cityops.ingest.catalogue.Region;
import io.cityops.ingest.catalogue.Sensor;
import io.cityops.ingest.reading.SensorKind;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The catalogue endpoints serve the default catalogue, which needs no InfluxDB. */
@MicronautTest
class CatalogueControllerTest {

    private static final Catalogue DEFAULT = CatalogueLoader.loadDefault();

    @Inject
    @Client("/")
    HttpClient httpClient;

    private BlockingHttpClient client;

    @BeforeEach
    void blocking() {
        client = httpClient.toBlocking();
    }

    @Test
    void listsEveryRegionOfTheDefaultCatalogueDistrictFirst() {
        JsonNode answer = Json.get(client, "/api/v1/catalogue/regions");

        assertThat(answer.path("version").asText()).isEqualTo(DEFAULT.version());
        assertThat(answer.path("timeZone").asText()).isEqualTo(DEFAULT.timeZone().getId());
        assertThat(ids(answer.path("regions"))).containsExactlyElementsOf(DEFAULT.regions().stream().map(Region::id).toList());
        JsonNode district = answer.path("regions").get(0);
        assertThat(district.path("level").asText()).isEqualTo("district");
        assertThat(district.path("nameZh").asText()).isEqualTo(DEFAULT.district().nameZh());
        assertThat(district.path("parent").isNull()).isTrue();
    }

    @Test
    void filtersSensorsByRegionAndKind() {
        Region subDistrict = DEFAULT.subDistricts().get(0);
        List<String> expected = DEFAULT.sensorsWithin(subDistrict.id(), SensorKind.AIR).stream().map(Sensor::id).toList();

        JsonNode answer = Json.get(client, "/api/v1/catalogue/sensors?region=" + subDistrict.id() + "&kind=air");

        assertThat(ids(answer.path("sensors"))).containsExactlyElementsOf(expected);
        answer.path("sensors").forEach(sensor -> {
            assertThat(sensor.path("kind").asText()).isEqualTo("air");
            assertThat(sensor.path("subDistrict").asText()).isEqualTo(subDistrict.id());
        });
    }

    @Test
    void listsAllSensorsWithoutFilters() {
        assertThat(Json.get(client, "/api/v1/catalogue/sensors").path("sensors")).hasSize(DEFAULT.sensors().size());
    }

    @Test
    void listsTheTargetsOfARegion() {
        String district = DEFAULT.district().id();

        JsonNode answer = Json.get(client, "/api/v1/catalogue/targets?region=" + district);

        assertThat(answer.path("targets")).hasSize(DEFAULT.targetsFor(district).size());
        answer.path("targets").forEach(target -> assertThat(target.path("region").asText()).isEqualTo(district));
        assertThat(Json.get(client, "/api/v1/catalogue/targets").path("targets")).hasSize(DEFAULT.targets().size());
    }

    @Test
    void anUnknownRegionIsNotFound() {
        HttpResponse<?> response = Json.failure(client, "/api/v1/catalogue/sensors?region=atlantis");

        assertThat(response.code()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
        assertThat(response.getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("application/problem+json"));
        JsonNode problem = Json.body(response);
        assertThat(problem.path("status").asInt()).isEqualTo(404);
        assertThat(problem.path("parameter").asText()).isEqualTo("region");
        assertThat(problem.path("detail").asText()).contains("atlantis");
    }

    @Test
    void anUnknownKindIsABadParameter() {
        HttpResponse<?> response = Json.failure(client, "/api/v1/catalogue/sensors?kind=water");

        assertThat(response.code()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        JsonNode problem = Json.body(response);
        assertThat(problem.path("type").asText()).isEqualTo("urn:cityops:problem:bad-parameter");
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("parameter").asText()).isEqualTo("kind");
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(node -> ids.add(node.path("id").asText()));
        return ids;
    }
}
