package io.cityops.simulators.air;

import java.time.Duration;
import java.time.Instant;

/**
 * One heavy-pollution episode, natural or scripted: build-up over the first 35 %, plateau, a cold
 * front clearing the air in the last four hours, then about a day of cleaner-than-usual air.
 *
 * @param start    start of the build-up
 * @param duration start to the end of the clearance
 * @param level    PM2.5 on the plateau (daily-mean level), µg/m³
 * @param scripted whether it was forced by an {@link EpisodeScript}
 */
record Episode(Instant start, Duration duration, double level, boolean scripted) {

    static final Duration FRONT = Duration.ofHours(4);
    static final Duration CLEAN_AFTER = Duration.ofHours(30);
    private static final double BUILD_UP_SHARE = 0.35;

    Instant end() {
        return start.plus(duration);
    }

    /** Whether the episode shapes the air at {@code t} (its own span or the clean air after it). */
    boolean influences(Instant t) {
        return !t.isBefore(start) && t.isBefore(end().plus(CLEAN_AFTER));
    }

    /** 0 outside, rising to 1 on the plateau, falling back to 0 as the front passes. */
    double envelope(Instant t) {
        if (t.isBefore(start) || !t.isBefore(end())) {
            return 0;
        }
        double sinceStart = secondsBetween(start, t);
        double buildUp = duration.toSeconds() * BUILD_UP_SHARE;
        if (sinceStart < buildUp) {
            double x = sinceStart / buildUp;
            return x * x * (3 - 2 * x);
        }
        Instant front = end().minus(FRONT);
        if (t.isBefore(front)) {
            return 1;
        }
        return 1 - secondsBetween(front, t) / FRONT.toSeconds();
    }

    /** Below 1 in the day after the front: the fresh air mass is cleaner than usual. */
    double cleanAirFactor(Instant t) {
        Instant end = end();
        if (t.isBefore(end) || !t.isBefore(end.plus(CLEAN_AFTER))) {
            return 1;
        }
        double x = secondsBetween(end, t) / CLEAN_AFTER.toSeconds();
        return 1 - 0.55 * (1 - x);
    }

    private static double secondsBetween(Instant a, Instant b) {
        return Duration.between(a, b).toMillis() / 1000.0;
    }
}
