package io.cityops.simulators.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityops.ingest.reading.Reading;
import io.cityops.ingest.reading.SensorKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BackfillPublisherTest {

    private static final Instant NOW = Instant.parse("2026-12-06T04:00:00Z");

    private final CollectingPublisher platform = new CollectingPublisher();
    private final CollectingPublisher devices = new CollectingPublisher();
    private final BackfillPublisher publisher = new BackfillPublisher(platform, devices, Duration.ofMinutes(10),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void historyGoesThroughTheBackfillAndLiveReadingsTheirOwnWay() {
        publisher.publish(reading(NOW.minus(Duration.ofHours(20))));
        publisher.publish(reading(NOW.minus(Duration.ofMinutes(10)).minusMillis(1)));
        publisher.publish(reading(NOW.minus(Duration.ofMinutes(10))));
        publisher.publish(reading(NOW.minusSeconds(5)));

        assertThat(platform.readings()).extracting(Reading::ts)
                .containsExactly(NOW.minus(Duration.ofHours(20)), NOW.minus(Duration.ofMinutes(10)).minusMillis(1));
        assertThat(devices.readings()).extracting(Reading::ts)
                .containsExactly(NOW.minus(Duration.ofMinutes(10)), NOW.minusSeconds(5));
        assertThat(publisher.sent()).isEqualTo(4);
    }

    private static Reading reading(Instant ts) {
        return new Reading("g5-qianfeng-001-pm", SensorKind.NETWORK, ts, null, Map.of("power_w", 3200.0));
    }
}
