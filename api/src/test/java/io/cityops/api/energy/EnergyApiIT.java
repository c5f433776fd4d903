package io.cityops.api.energy;

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
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code /api/v1/energy/*} against a real InfluxDB holding what the energy job writes. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnergyApiIT implements TestPropertyProvider {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);
    private static final String OFFICES_METER = "em-wbl-0009";
    private static final String OFFICES = "ent-wbl-gov-offices";

    private final InfluxFixture influx = InfluxFixture.create("api_energy");

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

    @BeforeAll
    void writeWhatTheJobWouldWrite() {
        client = httpClient.toBlocking();
        ZoneId zone = catalogue.timeZone();
        Instant midnight = DAY.atStartOfDay(zone).toInstant();
        List<String> lines = new ArrayList<>();
        // 400 kWh an hour: 0.04916 tce (0.1229 kgce/kWh), 0.25444 tCO2 (0.6361 kgCO2/kWh).
        for (int hour = 0; hour < 3; hour++) {
            lines.add("energy_hourly,subject=" + OFFICES_METER + ",subject_type=meter tce=0.04916,tco2=0.25444,electricity_kwh=400,"
                    + "gas_m3=0,heat_gj=0,coal_kg=0,final=" + (hour < 2) + " " + (midnight.toEpochMilli() + 3_600_000L * hour));
        }
        lines.add("energy_daily,subject=" + OFFICES + ",subject_type=entity tce=1.2,tco2=3.9,electricity_kwh=9600,heat_gj=0.6,"
                + "gas_m3=0,coal_kg=0,final=false " + midnight.toEpochMilli());
        lines.add("energy_hourly,subject=" + OFFICES + ",subject_type=entity tce=0.05,tco2=0.26,electricity_kwh=400,heat_gj=0.0055,"
                + "gas_m3=0,coal_kg=0,final=false " + (midnight.toEpochMilli() + 7_200_000L));
        lines.add("energy_ytd,subject=" + OFFICES + ",subject_type=entity tce=480.5,tco2=1900.25,electricity_kwh=3000000,heat_gj=3200,"
                + "gas_m3=0,coal_kg=0,as_of=" + (midnight.toEpochMilli() + 10_800_000L) + "i,quota_tce=560,share_used_tce=0.858036,"
                + "expected_share=0.9,projection_tce=533.888889,projection_ratio_tce=0.953373,daily_budget_tce=2.4,"
                + "daily_budget_ratio=0.5 " + LocalDate.of(2026, 1, 1).atStartOfDay(zone).toInstant().toEpochMilli());
        lines.add("energy_monthly,subject=wbl,subject_type=region tce=120000.5,tco2=330000.25,final=true "
                + LocalDate.of(2026, 10, 1).atStartOfDay(zone).toInstant().toEpochMilli());
        lines.add("energy_monthly,subject=wbl,subject_type=region tce=125000,tco2=340000,final=false "
                + LocalDate.of(2026, 11, 1).atStartOfDay(zone).toInstant().toEpochMilli());
        lines.add("energy_ytd,subject=wbl,subject_type=region tce=1390000,tco2=4100000,as_of=" + (midnight.toEpochMilli() + 10_800_000L)
                + "i,quota_tce=1533411,share_used_tce=0.906478,expected_share=0.89,projection_tce=1561797.75,"
                + "projection_ratio_tce=1.018513,quota_tco2=4557089,projection_ratio_tco2=1.01,energy_intensity=0.02466,"
                + "energy_intensity_last_year=0.02501,energy_intensity_base=0.0341,energy_change_vs_last_year=-0.013994,"
                + "energy_change_vs_base=-0.276833,energy_required_pace=0.028589,energy_intensity_level=\"yellow\","
                + "energy_totals_level=\"red\",energy_level=\"red\",carbon_level=\"red\",level=\"red\",level_code=2i,"
                + "rule=\"worse of both\" " + LocalDate.of(2026, 1, 1).atStartOfDay(zone).toInstant().toEpochMilli());
        influx.write(lines);
    }

    @AfterAll
    void dropTheDatabase() {
        influx.close();
    }

    @Test
    void aMetersHoursComeInTheSharedSeriesShapeWithExactValues() {
        JsonNode series = Json.get(client, "/api/v1/energy/series?meter=" + OFFICES_METER + "&from=2026-11-27&to=2026-11-28");

        assertThat(series.properties()).extracting(Map.Entry::getKey).containsExactly("subject", "resolution", "unit", "points");
        assertThat(series.path("subject").asText()).isEqualTo(OFFICES_METER);
        assertThat(series.path("resolution").asText()).isEqualTo("hour");
        assertThat(series.path("unit").asText()).isEqualTo("tce");
        assertThat(series.path("points")).hasSize(3);
        JsonNode first = series.path("points").get(0);
        assertThat(first.path("start").asText()).isEqualTo("2026-11-27T00:00:00+08:00");
        assertThat(first.path("end").asText()).isEqualTo("2026-11-27T01:00:00+08:00");
        assertThat(first.path("value").decimalValue()).isEqualByComparingTo("0.04916");
        assertThat(first.path("final").asBoolean()).isTrue();
        assertThat(series.path("points").get(2).path("final").asBoolean()).isFalse();
    }

    @Test
    void aMetersSeriesInCo2AndInItsNativeUnit() {
        JsonNode co2 = Json.get(client, "/api/v1/energy/series?meter=" + OFFICES_METER + "&from=2026-11-27&to=2026-11-28&unit=tco2");
        assertThat(co2.path("points").get(1).path("value").decimalValue()).isEqualByComparingTo("0.25444");
        JsonNode kwh = Json.get(client, "/api/v1/energy/series?meter=" + OFFICES_METER + "&from=2026-11-27&to=2026-11-28&unit=native");
        assertThat(kwh.path("unit").asText()).isEqualTo("native");
        assertThat(kwh.path("points").get(1).path("value").decimalValue()).isEqualByComparingTo("400");
        assertThat(client.retrieve("/api/v1/energy/series?meter=" + OFFICES_METER + "&from=2026-11-27&to=2026-11-28&unit=native"))
                .contains("\"value\":400,").doesNotContain("E+");
    }

    @Test
    void monthlyPointsEndAtTheNextLocalMonth() {
        JsonNode series = Json.get(client, "/api/v1/energy/series?region=wbl&resolution=month&from=2026-01-01&to=2026-12-01");
        assertThat(series.path("points")).hasSize(2);
        JsonNode october = series.path("points").get(0);
        assertThat(october.path("start").asText()).isEqualTo("2026-10-01T00:00:00+08:00");
        assertThat(october.path("end").asText()).isEqualTo("2026-11-01T00:00:00+08:00");
        assertThat(october.path("value").decimalValue()).isEqualByComparingTo("120000.5");
    }

    @Test
    void theLatestOfAnEntityHasItsDayYearToDateAndPace() {
        JsonNode latest = Json.get(client, "/api/v1/energy/latest?entity=" + OFFICES);
        assertThat(latest.path("subjectType").asText()).isEqualTo("entity");
        assertThat(latest.path("asOf").asText()).isEqualTo("2026-11-27T03:00:00+08:00");
        assertThat(latest.path("day").path("totals").path("tce").decimalValue()).isEqualByComparingTo("1.2");
        assertThat(latest.path("day").path("totals").path("heat_gj").decimalValue()).isEqualByComparingTo("0.6");
        assertThat(latest.path("day").path("totals").has("coal_kg")).isFalse();
        assertThat(latest.path("yearToDate").path("totals").path("tce").decimalValue()).isEqualByComparingTo("480.5");
        assertThat(latest.path("pace").path("quotaTce").decimalValue()).isEqualByComparingTo("560");
        assertThat(latest.path("pace").path("dailyBudgetRatio").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(latest.path("hour").path("start").asText()).isEqualTo("2026-11-27T02:00:00+08:00");
    }

    @Test
    void theDistrictsBarometerCarriesItsLevelTheFiguresAndTheRule() {
        JsonNode barometer = Json.get(client, "/api/v1/energy/barometer?region=wbl");
        assertThat(barometer.path("level").asText()).isEqualTo("red");
        assertThat(barometer.path("year").asInt()).isEqualTo(2026);
        assertThat(barometer.path("energy").path("intensity").decimalValue()).isEqualByComparingTo("0.02466");
        assertThat(barometer.path("energy").path("changeVsLastYear").decimalValue()).isEqualByComparingTo("-0.013994");
        assertThat(barometer.path("energy").path("changeVsBase").decimalValue()).isEqualByComparingTo("-0.276833");
        assertThat(barometer.path("energy").path("requiredPace").decimalValue()).isEqualByComparingTo("0.028589");
        assertThat(barometer.path("energy").path("intensityLevel").asText()).isEqualTo("yellow");
        assertThat(barometer.path("energy").path("projectionRatio").decimalValue()).isEqualByComparingTo("1.018513");
        assertThat(barometer.path("energy").path("shareUsed").decimalValue()).isEqualByComparingTo("0.906478");
        assertThat(barometer.path("rule").asText()).isEqualTo("worse of both");
        // the district is the default
        assertThat(Json.get(client, "/api/v1/energy/barometer").path("region").asText()).isEqualTo("wbl");
    }

    @Test
    void aSubDistrictWithoutAnEvaluationHasNoLevelYet() {
        JsonNode barometer = Json.get(client, "/api/v1/energy/barometer?region=wbl-wanghua");
        assertThat(barometer.path("region").asText()).isEqualTo("wbl-wanghua");
        assertThat(barometer.path("level").isNull()).isTrue();
    }

    Stream<Arguments> rejectedRequests() {
        return Stream.of(
                Arguments.of("series", "no subject", "", 400, "region"),
                Arguments.of("series", "two subjects", "region=wbl&meter=" + OFFICES_METER, 400, "region"),
                Arguments.of("series", "an unknown resolution", "meter=" + OFFICES_METER + "&resolution=week", 400, "resolution"),
                Arguments.of("series", "an unknown unit", "meter=" + OFFICES_METER + "&unit=joule", 400, "unit"),
                Arguments.of("series", "native for an entity with two carriers", "entity=" + OFFICES + "&unit=native", 400, "unit"),
                Arguments.of("series", "an unreadable from", "meter=" + OFFICES_METER + "&from=yesterday", 400, "from"),
                Arguments.of("series", "from after to", "meter=" + OFFICES_METER + "&from=2026-11-28&to=2026-11-27", 400, "to"),
                Arguments.of("series", "an unknown meter", "meter=em-nowhere", 404, "meter"),
                Arguments.of("series", "an unknown entity", "entity=" + encode("x' OR 1=1 --"), 404, "entity"),
                Arguments.of("series", "an unknown region", "region=atlantis", 404, "region"),
                Arguments.of("latest", "an unknown entity", "entity=ent-nowhere", 404, "entity"),
                Arguments.of("latest", "region and entity", "region=wbl&entity=" + OFFICES, 400, "region"),
                Arguments.of("barometer", "an unknown region", "region=atlantis", 404, "region"),
                Arguments.of("barometer", "a community", "region=wbl-xiayuan-c1", 400, "region"));
    }

    @ParameterizedTest(name = "{0}: {1} is answered {3} naming {4}")
    @MethodSource("rejectedRequests")
    void rejectsABadRequestWithAProblemNamingTheParameter(String endpoint, String what, String query, int status, String parameter) {
        HttpResponse<?> response = Json.failure(client, "/api/v1/energy/" + endpoint + "?" + query);

        assertThat(response.code()).isEqualTo(status);
        assertThat(response.getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("application/problem+json"));
        JsonNode problem = Json.body(response);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("parameter").asText()).isEqualTo(parameter);
        assertThat(problem.path("detail").asText()).isNotBlank();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
