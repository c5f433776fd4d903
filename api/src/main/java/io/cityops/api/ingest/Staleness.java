package io.cityops.api.ingest;

import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.time.Instant;

/** When a sensor counts as stale: never seen, or silent for longer than the allowed gap. */
final class Staleness {

    private Staleness() {
    }

    static boolean isStale(@Nullable Instant lastSeen, Instant now, Duration staleAfter) {
        return lastSeen == null || Duration.between(lastSeen, now).compareTo(staleAfter) > 0;
    }
}
