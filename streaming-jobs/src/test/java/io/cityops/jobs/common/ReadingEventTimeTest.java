package io.cityops.jobs.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityops.ingest.reading.SensorKind;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReadingEventTimeTest {

    private static final Instant NOW = Instant.parse("2026-11-28T08:00:00Z");
    private final ReadingEventTime eventTime = new ReadingEventTime(SensorKind.AIR, Duration.ofMinutes(5), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void takesTheReadingsIsoTimestamp() {
        assertThat(time("{\"sensorId\":\"a\",\"kind\":\"air\",\"ts\":\"2026-11-28T15:30:00+08:00\",\"values\":{\"pm25\":1}}"))
                .isEqualTo(Instant.parse("2026-11-28T07:30:00Z").toEpochMilli());
    }

    @Test
    void takesEpochMilliseconds() {
        assertThat(time("{\"values\":{\"pm25\":1},\"ts\":1795852800000}")).isEqualTo(1795852800000L);
    }

    @Test
    void unreadablePayloadsDoNotMoveTheWatermark() {
        assertThat(time("not json")).isEqualTo(ReadingEventTime.NO_EVENT_TIME);
        assertThat(time("{\"sensorId\":\"a\"}")).isEqualTo(ReadingEventTime.NO_EVENT_TIME);
        assertThat(time("{\"ts\":\"yesterday\"}")).isEqualTo(ReadingEventTime.NO_EVENT_TIME);
        assertThat(time("")).isEqualTo(ReadingEventTime.NO_EVENT_TIME);
    }

    @Test
    void timestampsFurtherAheadThanTheSkewDoNotMoveTheWatermark() {
        assertThat(time("{\"ts\":\"2026-11-28T08:04:59Z\"}")).isEqualTo(NOW.plusSeconds(299).toEpochMilli());
        assertThat(time("{\"ts\":\"3000-01-01T00:00:00Z\"}")).isEqualTo(ReadingEventTime.NO_EVENT_TIME);
    }

    private long time(String payload) {
        return eventTime.extractTimestamp(new RawReading("a", payload.getBytes(StandardCharsets.UTF_8), 0L), 0L);
    }

    @Test
    void readingsOfOtherKindsDoNotMoveThisJobsTime() {
        // a network counter catching up far ahead of the air feed must not make air readings late
        assertThat(time("{\"sensorId\":\"g5-1\",\"kind\":\"network\",\"ts\":\"2026-11-28T07:45:00Z\",\"values\":{}}"))
                .isEqualTo(ReadingEventTime.NO_EVENT_TIME);
        assertThat(time("{\"ts\":\"2026-11-28T07:45:00Z\",\"kind\":\"energy\"}")).isEqualTo(ReadingEventTime.NO_EVENT_TIME);
        assertThat(time("{\"ts\":\"2026-11-28T07:45:00Z\",\"kind\":\"air\"}"))
                .isEqualTo(Instant.parse("2026-11-28T07:45:00Z").toEpochMilli());
    }
}
