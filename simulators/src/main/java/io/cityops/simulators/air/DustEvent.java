package io.cityops.simulators.air;

import java.time.Duration;
import java.time.Instant;

/**
 * A spring dust day (or two): coarse dust arriving with the wind in the morning, holding through the
 * day and dying down overnight.
 *
 * @param start       arrival (06:00 local)
 * @param duration    24 or 48 hours
 * @param pm10        PM10 added at full strength, µg/m³
 * @param coarseRatio PM10 / PM2.5 of the dust itself (2.3–2.9)
 */
record DustEvent(Instant start, Duration duration, double pm10, double coarseRatio) {

    private static final double RISE_SECONDS = 4 * 3600;
    private static final double FADE_SECONDS = 6 * 3600;

    double envelope(Instant t) {
        Instant end = start.plus(duration);
        if (t.isBefore(start) || !t.isBefore(end)) {
            return 0;
        }
        double since = Duration.between(start, t).toSeconds();
        double until = Duration.between(t, end).toSeconds();
        return Math.min(1, Math.min(since / RISE_SECONDS, until / FADE_SECONDS));
    }
}
