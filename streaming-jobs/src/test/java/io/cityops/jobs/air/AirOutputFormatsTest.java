package io.cityops.jobs.air;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cityops.jobs.common.KafkaMessage;
import io.cityops.jobs.influx.InfluxPoint;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AirOutputFormatsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long START = AirFixtures.localMs("2026-11-28T08:00");

    private static AirResult regionHour(Integer aqi, String category, List<String> primary) {
        return new AirResult(AirPeriod.HOURLY, "wbl", AirSubjects.REGION, START, START + AirFixtures.HOUR, "HJ 633-2026",
                aqi, category, primary, Map.of("pm25", 87, "co", 10), Map.of("pm25", new BigDecimal("64"),
                        "co", new BigDecimal("0.8")), Map.of("pm25_24h", new BigDecimal("61.25")), 1, false, true, 2, 3);
    }

    @Test
    void hourlyIndicatorJsonHasTheAgreedShape() throws Exception {
        KafkaMessage message = AirIndicatorJson.encode(regionHour(87, "good", List.of("pm25")), AirFixtures.SHANGHAI);
        JsonNode json = JSON.readTree(message.value());

        assertThat(message.key()).isEqualTo("wbl");
        assertThat(json.path("type").asText()).isEqualTo("air_hourly");
        assertThat(json.path("subject").asText()).isEqualTo("wbl");
        assertThat(json.path("subjectType").asText()).isEqualTo("region");
        assertThat(json.path("start").asText()).isEqualTo("2026-11-28T08:00:00+08:00");
        assertThat(json.path("end").asText()).isEqualTo("2026-11-28T09:00:00+08:00");
        assertThat(json.path("aqi").asInt()).isEqualTo(87);
        assertThat(json.path("category").asText()).isEqualTo("good");
        assertThat(json.path("primaryPollutants").get(0).asText()).isEqualTo("pm25");
        assertThat(json.path("iaqi").path("pm25").asInt()).isEqualTo(87);
        assertThat(json.path("concentrations").path("co").decimalValue()).isEqualByComparingTo("0.8");
        assertThat(json.path("concentrations").path("pm25_24h").decimalValue()).isEqualByComparingTo("61.25");
        assertThat(json.path("standard").asText()).isEqualTo("HJ 633-2026");
        assertThat(json.path("revision").asInt()).isEqualTo(1);
        assertThat(json.path("final").asBoolean()).isFalse();
        assertThat(json.path("valid").asBoolean()).isTrue();
        assertThat(json.path("coverage").path("reporting").asInt()).isEqualTo(2);
        assertThat(json.path("coverage").path("expected").asInt()).isEqualTo(3);
    }

    @Test
    void unavailableAqiIsNullInJsonAndLeftOutOfThePoint() throws Exception {
        AirResult result = regionHour(null, null, List.of());
        JsonNode json = JSON.readTree(AirIndicatorJson.encode(result, AirFixtures.SHANGHAI).value());
        assertThat(json.path("aqi").isNull()).isTrue();
        assertThat(json.path("category").isNull()).isTrue();

        InfluxPoint point = new AirResultPoints().toPoints(result).get(0);
        assertThat(point.fields()).doesNotContainKeys("aqi", "category").containsEntry("aqi_available", false);
        assertThat(point.fields()).containsEntry("primary", "");
    }

    @Test
    void hourlyPointCarriesTagsFieldsAndRollingConcentrations() {
        InfluxPoint point = new AirResultPoints().toPoints(regionHour(87, "good", List.of("pm25", "pm10"))).get(0);

        assertThat(point.measurement()).isEqualTo("air_hourly");
        assertThat(point.time().toEpochMilli()).isEqualTo(START);
        assertThat(point.tags()).containsEntry("subject", "wbl").containsEntry("subject_type", "region");
        assertThat(point.fields()).containsEntry("aqi", 87).containsEntry("aqi_available", true).containsEntry("primary", "pm25,pm10")
                .containsEntry("iaqi_pm25", 87).containsEntry("c_pm25_24h", new BigDecimal("61.25"))
                .containsEntry("revision", 1).containsEntry("final", false).containsEntry("valid", true)
                .containsEntry("stations_reporting", 2).containsEntry("stations_expected", 3)
                .containsEntry("standard", "HJ 633-2026");
        assertThat(point.toLineProtocol()).contains("iaqi_pm25=87i").contains("c_co=0.8");
    }

    @Test
    void stationResultsHaveNoCoverage() throws Exception {
        AirResult station = new AirResult(AirPeriod.DAILY, "aq-wbl-0001", AirSubjects.STATION, START, START,
                "HJ 633-2026", 40, "excellent", List.of(), Map.of(), Map.of(), Map.of(), 0, true, true, 1, 1);

        assertThat(new AirResultPoints().toPoints(station).get(0).fields())
                .doesNotContainKeys("stations_reporting", "stations_expected");
        JsonNode json = JSON.readTree(AirIndicatorJson.encode(station, AirFixtures.SHANGHAI).value());
        assertThat(json.has("coverage")).isFalse();
        assertThat(json.path("type").asText()).isEqualTo("air_daily");
    }

    @Test
    void yearToDateHasRatioMeanAndTargets() throws Exception {
        AirYtdResult ytd = new AirYtdResult("wbl", AirSubjects.REGION, 2026, AirFixtures.localMs("2026-01-01T00:00"),
                AirFixtures.localMs("2026-11-28T00:00"), "2026-11-27", 230, 320, new BigDecimal("71.88"),
                new BigDecimal("39.4"), 318, 72.0, 38.0, true);

        JsonNode json = JSON.readTree(AirIndicatorJson.encode(ytd, AirFixtures.SHANGHAI).value());
        assertThat(json.path("type").asText()).isEqualTo("air_ytd");
        assertThat(json.path("start").asText()).isEqualTo("2026-01-01T00:00:00+08:00");
        assertThat(json.path("goodDayRatio").decimalValue()).isEqualByComparingTo("71.88");
        assertThat(json.path("targets").path("goodDayRatio").asDouble()).isEqualTo(72.0);
        assertThat(json.path("targets").path("pm25Mean").asDouble()).isEqualTo(38.0);

        InfluxPoint point = new AirYtdPoints().toPoints(ytd).get(0);
        assertThat(point.measurement()).isEqualTo("air_ytd");
        assertThat(point.fields()).containsEntry("good_days", 230).containsEntry("valid_days", 320)
                .containsEntry("good_day_ratio", new BigDecimal("71.88")).containsEntry("pm25_mean", new BigDecimal("39.4"))
                .containsEntry("good_day_ratio_target", 72.0).containsEntry("pm25_mean_target", 38.0)
                .containsEntry("last_day", "2026-11-27");
    }
}
