package io.cityops.ingest.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadingCodecTest {

    private static final Instant TS = Instant.parse("2026-11-28T08:00:00Z");

    private static ParseResult decode(String json) {
        return ReadingCodec.decode(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void writesTheWireFormatOfTheArchitecturePage() {
        Reading reading = new Reading("aq-wbl-0001", SensorKind.AIR, Instant.parse("2026-11-28T08:00:00Z"), 42L,
                Map.of("o3", 60.0, "pm25", 80.5, "co", 0.9));
        assertThat(ReadingCodec.encodeToString(reading)).isEqualTo(
                "{\"sensorId\":\"aq-wbl-0001\",\"kind\":\"air\",\"ts\":\"2026-11-28T08:00:00Z\",\"seq\":42,"
                        + "\"values\":{\"pm25\":80.5,\"co\":0.9,\"o3\":60.0}}");
    }

    @Test
    void leavesOutANullSequenceAndDecodesBackToTheSameReading() {
        Reading reading = new Reading("em-1", SensorKind.ENERGY, Instant.parse("2026-01-02T03:04:05.678Z"), null,
                Map.of("electricity_kwh", 123456.25));
        byte[] bytes = ReadingCodec.encode(reading);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("seq");
        assertThat(ReadingCodec.decode(bytes)).isEqualTo(new ParseResult.Accepted(reading));
    }

    @Test
    void roundTripsAReadingOfEveryKind() {
        Map<SensorKind, Map<String, Double>> values = Map.of(
                SensorKind.AIR, Map.of("pm25", 80.5, "pm10", 120.1, "so2", 12.0, "no2", 40.0, "co", 0.9, "o3", 60.0),
                SensorKind.ENERGY, Map.of("electricity_kwh", 1.5e7, "gas_m3", 0.0, "heat_gj", 12.25, "coal_kg", 880000.0),
                SensorKind.NETWORK, Map.of("available", 1.0, "prb_dl_pct", 73.2, "rrc_users", 250.5, "power_w", 3800.0));
        for (SensorKind kind : SensorKind.values()) {
            Reading reading = new Reading("s-" + kind.wireName(), kind, TS, 7L, values.get(kind));
            assertThat(ReadingCodec.decode(ReadingCodec.encode(reading))).isEqualTo(new ParseResult.Accepted(reading));
            assertThat(ReadingCodec.decodeOrThrow(ReadingCodec.encodeToString(reading).getBytes(StandardCharsets.UTF_8)))
                    .isEqualTo(reading);
        }
    }

    @Test
    void keepsMillisecondsAndLargeSequenceNumbers() {
        Reading reading = new Reading("aq-1", SensorKind.AIR, Instant.parse("2026-11-28T08:00:00.123Z"), Long.MAX_VALUE, Map.of("pm25", 1e-3));
        assertThat(ReadingCodec.decodeOrThrow(ReadingCodec.encode(reading))).isEqualTo(reading);
    }

    @Test
    void readsEpochMillisecondsAndOffsetsAsTheSameInstant() {
        String millis = "{\"sensorId\":\"aq-1\",\"kind\":\"air\",\"ts\":" + TS.toEpochMilli() + ",\"values\":{\"pm25\":1}}";
        String offset = "{\"sensorId\":\"aq-1\",\"kind\":\"air\",\"ts\":\"2026-11-28T16:00:00+08:00\",\"values\":{\"pm25\":1}}";
        assertThat(ReadingCodec.decodeOrThrow(millis.getBytes(StandardCharsets.UTF_8)).ts()).isEqualTo(TS);
        assertThat(ReadingCodec.decodeOrThrow(offset.getBytes(StandardCharsets.UTF_8)).ts()).isEqualTo(TS);
    }

    @Test
    void treatsANullSequenceAsAbsent() {
        ParseResult result = decode("{\"sensorId\":\"aq-1\",\"kind\":\"air\",\"ts\":\"2026-11-28T08:00:00Z\",\"seq\":null,\"values\":{\"pm25\":1}}");
        assertThat(((ParseResult.Accepted) result).reading().sequence()).isEmpty();
    }

    @Test
    void leavesKeysAndRangesToTheValidator() {
        // the codec knows the format only; an unknown key or a negative value is the validator's to judge
        assertThat(decode("{\"sensorId\":\"x\",\"kind\":\"air\",\"ts\":\"2026-11-28T08:00:00Z\",\"values\":{\"pm1\":-5}}"))
                .isInstanceOf(ParseResult.Accepted.class);
    }

    @Test
    void throwsWithTheReasonWhenAskedToDecodeSomethingInvalid() {
        assertThatThrownBy(() -> ReadingCodec.decodeOrThrow("{}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("missing_field: ");
    }

    @Test
    void writesNonAsciiSensorIdsAsUtf8() {
        Reading reading = new Reading("站-1", SensorKind.AIR, TS, null, Map.of("pm25", 1.0));
        byte[] bytes = ReadingCodec.encode(reading);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"站-1\"");
        assertThat(ReadingCodec.decodeOrThrow(bytes)).isEqualTo(reading);
    }
}
