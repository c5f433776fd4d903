package io.cityops.simulators.air;

import java.time.Duration;
import io.cityops.simulators.time.Instants;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A heavy-pollution episode forced at a given time (for alert tests and demos). It has the shape of
 * a natural one: PM2.5 builds up over the first 35 % of the duration, stays on a plateau and is
 * swept out by a cold front in the last four hours, after which the air is cleaner than usual for
 * about a day. Other pollutants rise with the stagnation (CO, SO2, NO2) and O3 falls.
 *
 * @param start    when the build-up begins
 * @param duration from the start to the end of the front's clearance (at least 12 hours)
 * @param peakPm25 the district's PM2.5 level on the plateau, µg/m³ (a daily mean; hourly values swing
 *                 about ±20 % around it with the time of day, stations by their own noise)
 */
public record EpisodeScript(Instant start, Duration duration, double peakPm25) {

    public EpisodeScript {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(duration, "duration");
        if (duration.compareTo(Duration.ofHours(12)) < 0) {
            throw new IllegalArgumentException("an episode lasts at least 12 hours, got " + duration);
        }
        if (!(peakPm25 > 0 && peakPm25 <= 1000)) {
            throw new IllegalArgumentException("peak PM2.5 must be in (0, 1000] µg/m³, got " + peakPm25);
        }
    }

    public Instant end() {
        return start.plus(duration);
    }

    /**
     * Parses {@code START/DURATION/PEAK}, e.g. {@code 2026-01-10T18:00+08:00/P3D/250}; a start
     * without an offset is read in {@code zone}.
     */
    public static EpisodeScript parse(String text, ZoneId zone) {
        String[] parts = text.split("/");
        if (parts.length != 3) {
            throw new IllegalArgumentException("episode must be START/DURATION/PEAK (e.g. 2026-01-10T18:00+08:00/P3D/250), got " + text);
        }
        Instant start = Instants.parse(parts[0], zone);
        Duration duration;
        try {
            duration = Duration.parse(parts[1]);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("episode duration must be ISO-8601 like P3D or PT36H, got " + parts[1]);
        }
        double peak;
        try {
            peak = Double.parseDouble(parts[2]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("episode peak must be a PM2.5 concentration in µg/m³, got " + parts[2]);
        }
        return new EpisodeScript(start, duration, peak);
    }

    @Override
    public String toString() {
        return OffsetDateTime.ofInstant(start, ZoneId.of("UTC")) + "/" + duration + "/" + peakPm25;
    }
}
