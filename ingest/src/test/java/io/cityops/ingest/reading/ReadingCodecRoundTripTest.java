package io.cityops.ingest.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadingCodecRoundTripTest {

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
}
