package io.cityops.api.air;

import io.cityops.api.catalogue.CatalogueLookup;
import io.cityops.api.problem.BadParameterException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** Checks the parameters of {@code /api/v1/air/aqi}; every failure names the parameter at fault. */
@Singleton
class AqiRequestParser {

    /** The longest window one request may ask for (a year of hours is about 8,800 points). */
    static final Duration MAX_SPAN = Duration.ofDays(400);

    private final CatalogueLookup lookup;
    private final Clock clock;

    AqiRequestParser(CatalogueLookup lookup, Clock clock) {
        this.lookup = lookup;
        this.clock = clock;
    }

    AqiRequest parse(@Nullable String station, @Nullable String region, @Nullable String from, @Nullable String to,
                     @Nullable String resolution) {
        boolean hasStation = present(station);
        boolean hasRegion = present(region);
        if (hasStation == hasRegion) {
            throw new BadParameterException("station", hasStation
                    ? "give either station or region, not both"
                    : "give one of station or region");
        }
        Resolution res = resolution(resolution);
        ZoneId zone = lookup.zone();
        Instant end = present(to) ? Timestamps.parse("to", to, zone) : clock.instant();
        Instant start = present(from) ? Timestamps.parse("from", from, zone) : end.minus(res.defaultSpan());
        if (!start.isBefore(end)) {
            throw new BadParameterException("to", "to must be later than from");
        }
        if (Duration.between(start, end).compareTo(MAX_SPAN) > 0) {
            throw new BadParameterException("to", "from and to may be at most " + MAX_SPAN.toDays() + " days apart");
        }
        Subject subject = hasStation
                ? Subject.of(lookup.airStation("station", station))
                : Subject.of(lookup.region("region", region));
        return new AqiRequest(subject, res, start, end);
    }

    private static Resolution resolution(@Nullable String text) {
        if (!present(text)) {
            return Resolution.HOUR;
        }
        try {
            return Resolution.fromCode(text.strip());
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("resolution", "resolution must be hour or day, not '" + text + "'");
        }
    }

    private static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
