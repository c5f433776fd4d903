package io.cityops.api.network;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cityops.api.testing.InfluxFixture;
import io.cityops.api.testing.Json;
import io.cityops.ingest.catalogue.Catalogue;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The network endpoints against a real InfluxDB holding what the network job writes for two sites of
 * Qianfeng: {@code g5-qianfeng-001} up with a congested cell, {@code g5-qianfeng-002} down by silence.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkApiIT implements TestPropertyProvider {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant MIDNIGHT = LocalDate.of(2026, 11, 27).atStartOfDay(SHANGHAI).toInstant();
    private static final String UP = "g5-qianfeng-001";
    private static final String DOWN = "g5-qianfeng-002";
    private static final long Q = 15 * 60_000L;

    private final InfluxFixture influx = InfluxFixture.create("api_network");

    @Inject
    Catalogue catalogue;

    @Inject
    @Client("/")
    HttpClient httpClient;

    private BlockingHttpClient client;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("cityops.influxdb.database", influx.database());
    }

    private static long at(int quarters) {
        return MIDNIGHT.toEpochMilli() + quarters * Q;
    }

    @BeforeAll
    void writeWhatTheJobWouldWrite() {
        client = httpClient.toBlocking();
        List<String> lines = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
            lines.add("network_kpi,region=wbl-qianfeng,resolution=15m,site=" + UP + ",subject=" + UP + ",subject_type=site"
                    + " end_ms=" + at(q + 1) + "i,traffic_gb=" + (2 + q) + ".5,energy_kwh=0.75,gb_per_kwh=" + (2 + q) + ".5,"
                    + "availability_pct=100,prb_dl_pct=61.25,congested_cells=" + (q == 3 ? 1 : 0) + "i,sites_reporting=1i,"
                    + "sites_expected=1i " + at(q));
            lines.add("network_kpi,region=wbl-qianfeng,resolution=15m,site=" + UP + ",subject=" + UP + "-1,subject_type=cell"
                    + " end_ms=" + at(q + 1) + "i,prb_dl_pct=" + (70 + 5 * q) + ",congested=" + (q == 3 ? 1 : 0) + "i " + at(q));
        }
        lines.add("network_kpi,region=wbl-qianfeng,resolution=hour,subject=wbl-qianfeng,subject_type=region"
                + " end_ms=" + at(4) + "i,traffic_gb=18,sites_reporting=1i,sites_expected=36i " + at(0));
        // a point of another site must not leak into UP's series
        lines.add("network_kpi,region=wbl-qianfeng,resolution=15m,site=" + DOWN + ",subject=" + DOWN + ",subject_type=site"
                + " end_ms=" + at(1) + "i,traffic_gb=99 " + at(0));
        for (int q = 1; q <= 4; q++) {
            lines.add("network_site_status,region=wbl-qianfeng,site=" + UP + " available=1i,cause=\"\",since_ms=-1i,"
                    + "replayed=false " + at(q));
            boolean down = q >= 3;
            lines.add("network_site_status,region=wbl-qianfeng,site=" + DOWN + " available=" + (down ? 0 : 1) + "i,cause=\""
                    + (down ? "silence" : "") + "\",since_ms=" + (down ? at(1) : -1) + "i,replayed=false " + at(q));
        }
        lines.add("network_outage,region=wbl-qianfeng,site=" + DOWN + " cause=\"silence\",ongoing=true,restored_ms=-1i,"
                + "detected_ms=" + at(3) + "i " + at(1));
        // an older outage of UP, restored before the window asked for below
        lines.add("network_outage,region=wbl-qianfeng,site=" + UP + " cause=\"reported_unavailable\",ongoing=false,"
                + "restored_ms=" + (at(-4)) + "i,duration_s=900i,detected_ms=" + at(-5) + "i " + at(-5));
        lines.add("network_feed,feed=network-oss alive=1i,changed=false,detected_ms=" + at(4) + "i,replayed=false " + at(4));
        influx.write(lines);
    }

    @AfterAll
    void dropTheDatabase() {
        influx.close();
    }

    @Test
    void latestShowsEverySiteOfTheRegionWithItsStateAndCounts() {
        JsonNode latest = Json.get(client, "/api/v1/network/latest?region=wbl-qianfeng");

        int built = catalogue.network().planOf("wbl-qianfeng").orElseThrow().built();
        assertThat(latest.path("region").asText()).isEqualTo("wbl-qianfeng");
        assertThat(latest.path("sites")).hasSize(built);
        JsonNode counts = latest.path("counts");
        assertThat(counts.path("sites").asInt()).isEqualTo(built);
        assertThat(counts.path("up").asInt()).isEqualTo(1);
        assertThat(counts.path("down").asInt()).isEqualTo(1);
        assertThat(counts.path("unknown").asInt()).isEqualTo(built - 2);
        assertThat(counts.path("congested").asInt()).isEqualTo(1);
        assertThat(latest.path("feed").path("alive").asBoolean()).isTrue();

        JsonNode up = site(latest, UP);
        assertThat(up.path("status").asText()).isEqualTo("up");
        assertThat(up.path("kpis").path("traffic_gb").decimalValue()).isEqualByComparingTo("5.5");
        assertThat(up.path("kpiPeriodStart").asText()).isEqualTo("2026-11-27T00:45:00+08:00");
        JsonNode down = site(latest, DOWN);
        assertThat(down.path("status").asText()).isEqualTo("down");
        assertThat(down.path("cause").asText()).isEqualTo("silence");
        assertThat(down.path("since").asText()).isEqualTo("2026-11-27T00:15:00+08:00");
        assertThat(down.path("lat").asDouble()).isBetween(37.8, 37.95);
    }

    @Test
    void theDistrictIsTheDefaultRegion() {
        JsonNode latest = Json.get(client, "/api/v1/network/latest");
        assertThat(latest.path("region").asText()).isEqualTo("wbl");
        assertThat(latest.path("counts").path("sites").asInt()).isEqualTo(425);
    }

    @Test
    void aSiteSeriesHasTheAgreedShape() {
        JsonNode series = Json.get(client, "/api/v1/network/series?site=" + UP + "&kpi=traffic&resolution=15m"
                + "&from=" + encode("2026-11-27T00:00:00+08:00") + "&to=" + encode("2026-11-27T00:45:00+08:00"));

        assertThat(series.path("subject").asText()).isEqualTo(UP);
        assertThat(series.path("resolution").asText()).isEqualTo("15m");
        assertThat(series.path("unit").asText()).isEqualTo("GB");
        assertThat(series.path("points")).hasSize(3);
        JsonNode first = series.path("points").get(0);
        assertThat(first.path("start").asText()).isEqualTo("2026-11-27T00:00:00+08:00");
        assertThat(first.path("end").asText()).isEqualTo("2026-11-27T00:15:00+08:00");
        assertThat(first.path("value").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(first.path("final").asBoolean()).isTrue();
    }

    @Test
    void cellAndRegionSeries() {
        JsonNode cell = Json.get(client, "/api/v1/network/series?cell=" + UP + "-1&kpi=prb_dl&from=2026-11-27&to=2026-11-28");
        assertThat(cell.path("points")).extracting(p -> p.path("value").decimalValue().intValue()).containsExactly(70, 75, 80, 85);
        assertThat(cell.path("unit").asText()).isEqualTo("%");

        JsonNode region = Json.get(client, "/api/v1/network/series?region=wbl-qianfeng&kpi=traffic&resolution=hour"
                + "&from=2026-11-27&to=2026-11-28");
        assertThat(region.path("points")).singleElement()
                .satisfies(p -> assertThat(p.path("value").decimalValue()).isEqualByComparingTo("18"));
    }

    @Test
    void coverageCountsSitesUpInTheNewestPeriodAgainstThePlan() {
        JsonNode coverage = Json.get(client, "/api/v1/network/coverage?region=wbl-qianfeng");
        JsonNode region = coverage.path("region");
        assertThat(coverage.path("period").asText()).isEqualTo("2026-11-27T01:00:00+08:00");
        assertThat(region.path("activeSites").asInt()).isEqualTo(1);
        assertThat(region.path("plannedSites").asInt()).isEqualTo(36);
        // 1 / 36 = 2.8 %; 1 site per 68,000 residents = 0.15 per 10,000
        assertThat(region.path("activePct").decimalValue()).isEqualByComparingTo("2.8");
        assertThat(region.path("sitesPer10k").decimalValue()).isEqualByComparingTo("0.15");

        JsonNode district = Json.get(client, "/api/v1/network/coverage");
        assertThat(district.path("region").path("builtSites").asInt()).isEqualTo(425);
        assertThat(district.path("children")).hasSize(14);
    }

    @Test
    void outagesOverlappingTheWindow() {
        JsonNode answer = Json.get(client, "/api/v1/network/outages?region=wbl-qianfeng&from=2026-11-27&to=2026-11-28");
        assertThat(answer.path("outages")).singleElement().satisfies(o -> {
            assertThat(o.path("site").asText()).isEqualTo(DOWN);
            assertThat(o.path("cause").asText()).isEqualTo("silence");
            assertThat(o.path("start").asText()).isEqualTo("2026-11-27T00:15:00+08:00");
            assertThat(o.path("ongoing").asBoolean()).isTrue();
            assertThat(o.path("end").isNull()).isTrue();
            assertThat(o.path("detectedAt").asText()).isEqualTo("2026-11-27T00:45:00+08:00");
        });
        JsonNode elsewhere = Json.get(client, "/api/v1/network/outages?region=wbl-heping&from=2026-11-27&to=2026-11-28");
        assertThat(elsewhere.path("outages")).isEmpty();
        JsonNode earlier = Json.get(client, "/api/v1/network/outages?from=2026-11-26T22:00:00%2B08:00&to=2026-11-27");
        assertThat(earlier.path("outages")).singleElement()
                .satisfies(o -> assertThat(o.path("durationSeconds").asLong()).isEqualTo(900));
    }

    @ParameterizedTest(name = "{0} is answered {1} naming {2}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/v1/network/series?kpi=traffic                                    | 400 | site
            /api/v1/network/series?site=g5-qianfeng-001&cell=g5-qianfeng-001-1&kpi=traffic | 400 | site
            /api/v1/network/series?site=g5-qianfeng-001                           | 400 | kpi
            /api/v1/network/series?site=g5-qianfeng-001&kpi=happiness             | 400 | kpi
            /api/v1/network/series?site=g5-qianfeng-001&kpi=traffic&resolution=week | 400 | resolution
            /api/v1/network/series?site=g5-qianfeng-001&kpi=traffic&from=yesterday | 400 | from
            /api/v1/network/series?site=g5-qianfeng-001&kpi=traffic&from=2026-11-28&to=2026-11-27 | 400 | to
            /api/v1/network/series?site=g5-atlantis-001&kpi=traffic               | 404 | site
            /api/v1/network/series?cell=g5-qianfeng-001-9&kpi=traffic             | 404 | cell
            /api/v1/network/series?region=atlantis&kpi=traffic                    | 404 | region
            /api/v1/network/latest?region=atlantis                                | 404 | region
            /api/v1/network/coverage?region=atlantis                              | 404 | region
            /api/v1/network/outages?to=someday                                    | 400 | to
            """)
    void rejectsABadRequestWithAProblemNamingTheParameter(String path, int status, String parameter) {
        HttpResponse<?> response = Json.failure(client, path);

        assertThat(response.code()).isEqualTo(status);
        JsonNode problem = Json.body(response);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("parameter").asText()).isEqualTo(parameter);
        assertThat(problem.path("detail").asText()).isNotBlank();
    }

    private static JsonNode site(JsonNode latest, String id) {
        for (JsonNode site : latest.path("sites")) {
            if (site.path("site").asText().equals(id)) {
                return site;
            }
        }
        throw new AssertionError("no site " + id);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
