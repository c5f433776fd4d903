package io.cityops.api.energy;

import io.cityops.api.catalogue.CatalogueLookup;
import io.cityops.api.problem.BadParameterException;
import io.cityops.ingest.reading.EnergyCarrier;
import io.cityops.ingest.schema.EnergySeries;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Collectors;

/** Checks the parameters of {@code /api/v1/energy/series}; every failure names the parameter at fault. */
@Singleton
class EnergyRequestParser {

    static final Duration MAX_SPAN = Duration.ofDays(800);

    private final CatalogueLookup lookup;
    private final EnergySubjects subjects;
    private final Clock clock;

    EnergyRequestParser(CatalogueLookup lookup, EnergySubjects subjects, Clock clock) {
        this.lookup = lookup;
        this.subjects = subjects;
        this.clock = clock;
    }

    EnergySeriesRequest parse(@Nullable String region, @Nullable String entity, @Nullable String meter, @Nullable String from,
                              @Nullable String to, @Nullable String resolution, @Nullable String unit) {
        EnergySubject subject = subjects.resolve(region, entity, meter, false);
        EnergyResolution res = resolution(resolution);
        EnergyUnit u = unit(unit);
        ZoneId zone = lookup.zone();
        Instant end = present(to) ? EnergyTimes.parse("to", to, zone) : clock.instant();
        Instant start = present(from) ? EnergyTimes.parse("from", from, zone) : end.minus(res.defaultSpan());
        if (!start.isBefore(end)) {
            throw new BadParameterException("to", "to must be later than from");
        }
        if (Duration.between(start, end).compareTo(MAX_SPAN) > 0) {
            throw new BadParameterException("to", "from and to may be at most " + MAX_SPAN.toDays() + " days apart");
        }
        return new EnergySeriesRequest(subject, res, u, field(subject, u), start, end);
    }

    private static String field(EnergySubject subject, EnergyUnit unit) {
        return switch (unit) {
            case TCE -> EnergySeries.FIELD_TCE;
            case TCO2 -> EnergySeries.FIELD_TCO2;
            case NATIVE -> {
                EnergyCarrier carrier = subject.singleCarrier();
                if (carrier == null) {
                    throw new BadParameterException("unit", "unit native needs one carrier, but " + subject.type() + " '"
                            + subject.id() + "' counts " + (subject.carriers().isEmpty() ? "none"
                            : subject.carriers().stream().map(EnergyCarrier::counterKey).collect(Collectors.joining(", ")))
                            + "; use tce or tco2, or ask for one meter");
                }
                yield EnergySeries.FIELD_NATIVE_PREFIX + carrier.counterKey();
            }
        };
    }

    private static EnergyResolution resolution(@Nullable String text) {
        if (!present(text)) {
            return EnergyResolution.HOUR;
        }
        try {
            return EnergyResolution.fromCode(text.strip());
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("resolution", "resolution must be hour, day or month, not '" + text + "'");
        }
    }

    private static EnergyUnit unit(@Nullable String text) {
        if (!present(text)) {
            return EnergyUnit.TCE;
        }
        try {
            return EnergyUnit.fromCode(text.strip());
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("unit", "unit must be tce, tco2 or native, not '" + text + "'");
        }
    }

    private static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
