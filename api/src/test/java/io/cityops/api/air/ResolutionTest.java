package io.cityops.api.air;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ResolutionTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void anHourEndsAnHourLater() {
        assertThat(Resolution.HOUR.end(Instant.parse("2026-11-28T00:00:00Z"), SHANGHAI))
                .isEqualTo(Instant.parse("2026-11-28T01:00:00Z"));
    }

    @Test
    void aDayEndsAtTheNextLocalMidnight() {
        // 2026-11-28 00:00 in Shanghai is 2026-11-27 16:00 UTC.
        assertThat(Resolution.DAY.end(Instant.parse("2026-11-27T16:00:00Z"), SHANGHAI))
                .isEqualTo(Instant.parse("2026-11-28T16:00:00Z"));
    }

    @Test
    void aDayAcrossAClockChangeEndsAtThatZonesMidnight() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        // 2026-03-29 is 23 hours long in Berlin.
        assertThat(Resolution.DAY.end(Instant.parse("2026-03-28T23:00:00Z"), berlin))
                .isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
    }
}
