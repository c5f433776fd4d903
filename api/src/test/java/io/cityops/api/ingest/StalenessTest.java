package io.cityops.api.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StalenessTest {

    private static final Instant NOW = Instant.parse("2026-11-28T08:00:00Z");
    private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);

    @Test
    void aSensorNeverSeenIsStale() {
        assertThat(Staleness.isStale(null, NOW, FIFTEEN_MINUTES)).isTrue();
    }

    @Test
    void aSensorSeenWithinTheAllowedGapIsNotStale() {
        assertThat(Staleness.isStale(NOW.minus(Duration.ofMinutes(14)), NOW, FIFTEEN_MINUTES)).isFalse();
        assertThat(Staleness.isStale(NOW.minus(FIFTEEN_MINUTES), NOW, FIFTEEN_MINUTES)).isFalse();
    }

    @Test
    void aSensorSilentForLongerThanTheAllowedGapIsStale() {
        assertThat(Staleness.isStale(NOW.minus(FIFTEEN_MINUTES).minusMillis(1), NOW, FIFTEEN_MINUTES)).isTrue();
    }
}
