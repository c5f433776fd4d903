package io.cityops.ingest.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.Region;
import io.cityops.ingest.catalogue.RegionLevel;
import io.cityops.ingest.catalogue.Sensor;
import io.cityops.ingest.catalogue.SensorClass;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ReadingValidatorTest {

    private static final Instant NOW = Instant.parse("2026-11-28T08:05:00Z");
    private static final List<String> SIX = List.of("pm25", "pm10", "so2", "no2", "co", "o3");

    private static final Catalogue CATALOGUE = new Catalogue("test", ZoneId.of("Asia/Shanghai"),
            List.of(new Region("d", "District", null, RegionLevel.DISTRICT, null, null),
                    new Region("s", "Sub", null, RegionLevel.SUB_DISTRICT, "d", null)),
            List.of(sensor("aq-1", SensorKind.AIR, SensorClass.REFERENCE, SIX),
                    sensor("aq-m1", SensorKind.AIR, SensorClass.MICRO, List.of("pm25", "pm10")),
                    sensor("em-1", SensorKind.ENERGY, SensorClass.METER, List.of("electricity_kwh", "gas_m3", "heat_gj", "coal_kg")),
                    sensor("bs-1", SensorKind.NETWORK, SensorClass.BASE_STATION, List.of(
                            "available", "prb_dl_pct", "prb_ul_pct", "rrc_users", "dl_mbps", "ul_mbps", "latency_ms", "power_w",
                            "traffic_gb"))),
            List.of(), Catalogue.AirRollup.referenceGradeOnly());

    private final ReadingValidator validator = new ReadingValidator(CATALOGUE, Duration.ofMinutes(5));

    private static Sensor sensor(String id, SensorKind kind, SensorClass sensorClass, List<String> measures) {
        return new Sensor(id, id, kind, sensorClass, measures, "s", 37.86, 112.52, 60, null);
    }

    private static String air(String values) {
        return "{\"sensorId\":\"aq-1\",\"kind\":\"air\",\"ts\":\"2026-11-28T08:00:00Z\",\"seq\":42,\"values\":{" + values + "}}";
    }

    private ParseResult validate(String json) {
        return validator.validate(json.getBytes(StandardCharsets.UTF_8), NOW);
    }

    static Stream<Arguments> invalidPayloads() {
        return Stream.of(
                Arguments.of("not JSON", "{\"sensorId\":", RejectReason.MALFORMED_JSON, "not valid JSON"),
                Arguments.of("empty payload", "", RejectReason.MALFORMED_JSON, "empty"),
                Arguments.of("an array", "[1,2]", RejectReason.MALFORMED_JSON, "expected a JSON object"),
                Arguments.of("a bare number", "42", RejectReason.MALFORMED_JSON, "expected a JSON object"),
                Arguments.of("trailing content", air("\"pm25\":1") + " {}", RejectReason.MALFORMED_JSON, "not valid JSON"),
                Arguments.of("duplicate key", air("\"pm25\":1,\"pm25\":2"), RejectReason.MALFORMED_JSON, "pm25"),
                Arguments.of("sensorId a number", air("\"pm25\":1").replace("\"aq-1\"", "7"), RejectReason.MALFORMED_JSON, "sensorId"),
                Arguments.of("values an array", air("").replace("{}", "[1]"), RejectReason.MALFORMED_JSON, "values"),
                Arguments.of("negative seq", air("\"pm25\":1").replace("42", "-1"), RejectReason.MALFORMED_JSON, "seq"),
                Arguments.of("seq as text", air("\"pm25\":1").replace("42", "\"42\""), RejectReason.MALFORMED_JSON, "seq"),
                Arguments.of("no sensorId", air("\"pm25\":1").replace("\"sensorId\":\"aq-1\",", ""), RejectReason.MISSING_FIELD, "sensorId"),
                Arguments.of("empty sensorId", air("\"pm25\":1").replace("\"aq-1\"", "\"\""), RejectReason.MISSING_FIELD, "sensorId"),
                Arguments.of("no kind", air("\"pm25\":1").replace("\"kind\":\"air\",", ""), RejectReason.MISSING_FIELD, "kind"),
                Arguments.of("no ts", air("\"pm25\":1").replace("\"ts\":\"2026-11-28T08:00:00Z\",", ""), RejectReason.MISSING_FIELD, "ts"),
                Arguments.of("null ts", air("\"pm25\":1").replace("\"2026-11-28T08:00:00Z\"", "null"), RejectReason.MISSING_FIELD, "ts"),
                Arguments.of("no values", "{\"sensorId\":\"aq-1\",\"kind\":\"air\",\"ts\":\"2026-11-28T08:00:00Z\"}",
                        RejectReason.MISSING_FIELD, "values"),
                Arguments.of("unknown kind", air("\"pm25\":1").replace("\"air\"", "\"water\""), RejectReason.UNKNOWN_KIND, "water"),
                Arguments.of("kind in capitals", air("\"pm25\":1").replace("\"air\"", "\"AIR\""), RejectReason.UNKNOWN_KIND, "AIR"),
                Arguments.of("unknown sensor", air("\"pm25\":1").replace("aq-1", "aq-404"), RejectReason.UNKNOWN_SENSOR, "aq-404"),
                Arguments.of("wrong kind for the sensor", air("\"gas_m3\":1").replace("\"air\"", "\"energy\""),
                        RejectReason.WRONG_KIND, "aq-1 is air"),
                Arguments.of("ts without offset", air("\"pm25\":1").replace("08:00:00Z", "08:00:00"), RejectReason.BAD_TIMESTAMP, "offset"),
                Arguments.of("ts not a date", air("\"pm25\":1").replace("2026-11-28T08:00:00Z", "yesterday"),
                        RejectReason.BAD_TIMESTAMP, "yesterday"),
                Arguments.of("ts a boolean", air("\"pm25\":1").replace("\"2026-11-28T08:00:00Z\"", "true"), RejectReason.BAD_TIMESTAMP, "true"),
                Arguments.of("ts fractional millis", air("\"pm25\":1").replace("\"2026-11-28T08:00:00Z\"", "1795852800000.5"),
                        RejectReason.BAD_TIMESTAMP, "whole number"),
                Arguments.of("ts in epoch seconds", air("\"pm25\":1").replace("\"2026-11-28T08:00:00Z\"", "1795852800"),
                        RejectReason.BAD_TIMESTAMP, "before 2000"),
                Arguments.of("ts ten minutes ahead", air("\"pm25\":1").replace("08:00:00Z", "08:15:01Z"), RejectReason.FUTURE_TIMESTAMP, "ahead"),
                Arguments.of("empty values", air(""), RejectReason.MISSING_VALUE, "empty"),
                Arguments.of("null value", air("\"pm25\":null"), RejectReason.MISSING_VALUE, "pm25"),
                Arguments.of("value as text", air("\"pm25\":\"80\""), RejectReason.NON_NUMERIC_VALUE, "pm25"),
                Arguments.of("value as boolean", air("\"pm25\":true"), RejectReason.NON_NUMERIC_VALUE, "pm25"),
                Arguments.of("value as object", air("\"pm25\":{\"v\":1}"), RejectReason.NON_NUMERIC_VALUE, "pm25"),
                Arguments.of("NaN literal", air("\"pm25\":NaN"), RejectReason.NOT_FINITE, "pm25"),
                Arguments.of("Infinity literal", air("\"pm10\":-Infinity"), RejectReason.NOT_FINITE, "pm10"),
                Arguments.of("number overflowing double", air("\"pm25\":1e400"), RejectReason.NOT_FINITE, "pm25"),
                Arguments.of("huge integer", air("\"pm25\":1" + "0".repeat(400)), RejectReason.NOT_FINITE, "pm25"),
                Arguments.of("unknown value key", air("\"pm1\":5"), RejectReason.UNKNOWN_VALUE, "pm1"),
                Arguments.of("key of another kind", air("\"gas_m3\":5"), RejectReason.UNKNOWN_VALUE, "gas_m3"),
                Arguments.of("key the sensor does not measure", air("\"so2\":5").replace("aq-1", "aq-m1"), RejectReason.UNKNOWN_VALUE,
                        "not measured by sensor aq-m1"),
                Arguments.of("negative concentration", air("\"no2\":-0.5"), RejectReason.IMPOSSIBLE_VALUE, "no2"),
                Arguments.of("PM2.5 above 2000", air("\"pm25\":2000.1"), RejectReason.IMPOSSIBLE_VALUE, "pm25"),
                Arguments.of("CO in micrograms", air("\"co\":900"), RejectReason.IMPOSSIBLE_VALUE, "co"),
                Arguments.of("negative energy counter",
                        "{\"sensorId\":\"em-1\",\"kind\":\"energy\",\"ts\":1795852800000,\"values\":{\"gas_m3\":-1}}",
                        RejectReason.IMPOSSIBLE_VALUE, "gas_m3"),
                Arguments.of("availability neither 0 nor 1",
                        "{\"sensorId\":\"bs-1\",\"kind\":\"network\",\"ts\":1795852800000,\"values\":{\"available\":0.5}}",
                        RejectReason.IMPOSSIBLE_VALUE, "available"),
                Arguments.of("PRB above 100 %",
                        "{\"sensorId\":\"bs-1\",\"kind\":\"network\",\"ts\":1795852800000,\"values\":{\"prb_dl_pct\":101}}",
                        RejectReason.IMPOSSIBLE_VALUE, "prb_dl_pct"),
                Arguments.of("negative throughput",
                        "{\"sensorId\":\"bs-1\",\"kind\":\"network\",\"ts\":1795852800000,\"values\":{\"dl_mbps\":-3}}",
                        RejectReason.IMPOSSIBLE_VALUE, "dl_mbps"),
                Arguments.of("power in milliwatts",
                        "{\"sensorId\":\"bs-1\",\"kind\":\"network\",\"ts\":1795852800000,\"values\":{\"power_w\":3800000}}",
                        RejectReason.IMPOSSIBLE_VALUE, "power_w"));
    }

    @ParameterizedTest(name = "{0} is rejected as {2}")
    @MethodSource("invalidPayloads")
    void rejectsEachInvalidPayloadWithItsOwnReason(String caseName, String payload, RejectReason reason, String detailMentions) {
        ParseResult result = validate(payload);
        assertThat(result).isInstanceOf(ParseResult.Rejected.class);
        ParseResult.Rejected rejected = (ParseResult.Rejected) result;
        assertThat(rejected.reason()).as(rejected.detail()).isEqualTo(reason);
        assertThat(rejected.detail()).contains(detailMentions);
        assertThat(rejected.payload()).isEqualTo(payload);
    }

    @Test
    void rejectsInvalidUtf8AndKeepsThePayloadWithReplacementCharacters() {
        byte[] payload = air("\"pm25\":1").replace("aq-1", "aq-\u00e9").getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[payload.length - 1];
        // drop the second byte of "é" so that a lone lead byte remains
        int at = new String(payload, StandardCharsets.UTF_8).indexOf('\u00e9');
        int byteAt = air("\"pm25\":1").substring(0, at).getBytes(StandardCharsets.UTF_8).length;
        System.arraycopy(payload, 0, broken, 0, byteAt + 1);
        System.arraycopy(payload, byteAt + 2, broken, byteAt + 1, payload.length - byteAt - 2);

        ParseResult.Rejected rejected = (ParseResult.Rejected) validator.validate(broken, NOW);
        assertThat(rejected.reason()).isEqualTo(RejectReason.MALFORMED_JSON);
        assertThat(rejected.detail()).contains("UTF-8");
        assertThat(rejected.payload()).contains("aq-\uFFFD");
    }

    @Test
    void namesTheSensorInRejectionsOnceItCouldBeRead() {
        assertThat(((ParseResult.Rejected) validate(air("\"pm25\":-1"))).sensorId()).isEqualTo("aq-1");
        assertThat(((ParseResult.Rejected) validate(air("\"pm25\":\"x\""))).sensorId()).isEqualTo("aq-1");
        assertThat(((ParseResult.Rejected) validate("[]")).sensorId()).isNull();
    }

    @Test
    void acceptsAValidAirReadingIgnoringUnknownTopLevelFields() {
        ParseResult result = validate(air("\"pm25\":80.5,\"pm10\":120.1,\"so2\":12,\"no2\":40,\"co\":0.9,\"o3\":60")
                .replace("{\"sensorId\"", "{\"firmware\":\"1.2\",\"sensorId\""));
        assertThat(result).isEqualTo(new ParseResult.Accepted(new Reading("aq-1", SensorKind.AIR,
                Instant.parse("2026-11-28T08:00:00Z"), 42L,
                Map.of("pm25", 80.5, "pm10", 120.1, "so2", 12.0, "no2", 40.0, "co", 0.9, "o3", 60.0))));
    }

    @Test
    void acceptsAValidEnergyReadingWithAnEpochMillisecondTimestamp() {
        ParseResult result = validate("{\"sensorId\":\"em-1\",\"kind\":\"energy\",\"ts\":1795852800000,"
                + "\"values\":{\"electricity_kwh\":1200345.5,\"gas_m3\":0,\"heat_gj\":12.5,\"coal_kg\":880000}}");
        assertThat(result).isInstanceOf(ParseResult.Accepted.class);
        Reading reading = ((ParseResult.Accepted) result).reading();
        assertThat(reading.ts()).isEqualTo(Instant.parse("2026-11-28T08:00:00Z"));
        assertThat(reading.seq()).isNull();
        assertThat(reading.values()).containsEntry("gas_m3", 0.0);
    }

    @Test
    void acceptsAValidNetworkReadingWithAnOffsetTimestamp() {
        ParseResult result = validate("{\"sensorId\":\"bs-1\",\"kind\":\"network\",\"ts\":\"2026-11-28T16:00:00+08:00\",\"seq\":7,"
                + "\"values\":{\"available\":1,\"prb_dl_pct\":100,\"prb_ul_pct\":0,\"rrc_users\":250.5,\"dl_mbps\":850,"
                + "\"ul_mbps\":90,\"latency_ms\":12,\"power_w\":3800,\"traffic_gb\":42.5}}");
        assertThat(result).isInstanceOf(ParseResult.Accepted.class);
        assertThat(((ParseResult.Accepted) result).reading().ts()).isEqualTo(Instant.parse("2026-11-28T08:00:00Z"));
    }

    @Test
    void acceptsATimestampExactlyAtTheAllowedSkewAndExtremeButPossibleValues() {
        assertThat(validate(air("\"pm25\":2000,\"co\":0,\"pm10\":9000").replace("08:00:00Z", "08:10:00Z")))
                .isInstanceOf(ParseResult.Accepted.class);
    }

    @Test
    void validatesAReadingBuiltInProcess() {
        Reading reading = new Reading("aq-1", SensorKind.AIR, NOW, null, Map.of("pm25", -1.0));
        ParseResult.Rejected rejected = (ParseResult.Rejected) validator.validate(reading, NOW);
        assertThat(rejected.reason()).isEqualTo(RejectReason.IMPOSSIBLE_VALUE);
        assertThat(rejected.payload()).isEqualTo(ReadingCodec.encodeToString(reading));
    }

    @Test
    void rejectsANonFiniteValueInAReadingBuiltInProcess() {
        Reading reading = new Reading("aq-1", SensorKind.AIR, NOW, null, Map.of("pm25", Double.NaN));
        assertThat(((ParseResult.Rejected) validator.validate(reading, NOW)).reason()).isEqualTo(RejectReason.NOT_FINITE);
    }

    @Test
    void refusesANegativeSkew() {
        assertThatThrownBy(() -> new ReadingValidator(CATALOGUE, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxFutureSkew");
    }

    @Test
    void survivesJavaSerializationAsAFlinkOperatorWould() throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(validator);
        }
        ReadingValidator copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (ReadingValidator) in.readObject();
        }
        assertThat(copy.validate(air("\"pm25\":1").getBytes(StandardCharsets.UTF_8), NOW)).isInstanceOf(ParseResult.Accepted.class);
    }
}
