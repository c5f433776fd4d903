package io.cityops.ingest.bridge;

import java.time.Duration;

/** Exponential back-off: {@code min}, doubling per attempt, capped at {@code max}. */
record Backoff(Duration min, Duration max) {

    /** The delay before attempt {@code attempt} (1 = the first retry). */
    Duration delay(int attempt) {
        Duration delay = min;
        for (int i = 1; i < attempt && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
