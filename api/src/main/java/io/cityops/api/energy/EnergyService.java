package io.cityops.api.energy;

import io.cityops.api.catalogue.CatalogueLookup;
import io.cityops.api.influx.InfluxRow;
import io.cityops.api.problem.BadParameterException;
import io.cityops.ingest.catalogue.Region;
import io.cityops.ingest.catalogue.RegionLevel;
import io.cityops.ingest.reading.EnergyCarrier;
import io.cityops.ingest.schema.EnergySeries;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Puts the catalogue and the stored series together for the energy endpoints. */
@Singleton
class EnergyService {

    private final CatalogueLookup lookup;
    private final EnergySubjects subjects;
    private final EnergySeriesReader reader;

    EnergyService(CatalogueLookup lookup, EnergySubjects subjects, EnergySeriesReader reader) {
        this.lookup = lookup;
        this.subjects = subjects;
        this.reader = reader;
    }

    EnergyViews.Series series(EnergySeriesRequest request) {
        ZoneId zone = lookup.zone();
        List<EnergyViews.Point> points = reader.range(request).stream()
                .map(row -> new EnergyViews.Point(time(row.time(), zone), time(request.resolution().end(row.time(), zone), zone),
                        row.decimal(request.field()).map(EnergyService::plain).orElse(null),
                        row.bool(EnergySeries.FIELD_FINAL).orElse(false)))
                .toList();
        return new EnergyViews.Series(request.subject().id(), request.resolution().code(), request.unit().code(), points);
    }

    EnergyViews.Latest latest(@Nullable String region, @Nullable String entity, @Nullable String meter) {
        EnergySubject subject = subjects.resolve(region, entity, meter, true);
        ZoneId zone = lookup.zone();
        Optional<InfluxRow> hour = reader.latest(EnergySeries.HOURLY, subject);
        Optional<InfluxRow> day = reader.latest(EnergySeries.DAILY, subject);
        Optional<InfluxRow> month = reader.latest(EnergySeries.MONTHLY, subject);
        Optional<InfluxRow> ytd = reader.latest(EnergySeries.YEAR_TO_DATE, subject);
        OffsetDateTime asOf = ytd.flatMap(r -> r.integer(EnergySeries.FIELD_AS_OF)).map(ms -> time(Instant.ofEpochMilli(ms), zone))
                .orElse(null);
        return new EnergyViews.Latest(subject.id(), subject.type(), subject.name(), asOf,
                hour.map(r -> period(r, EnergyResolution.HOUR, subject, zone)).orElse(null),
                day.map(r -> period(r, EnergyResolution.DAY, subject, zone)).orElse(null),
                month.map(r -> period(r, EnergyResolution.MONTH, subject, zone)).orElse(null),
                ytd.map(r -> yearToDate(r, subject, zone, asOf)).orElse(null),
                ytd.map(EnergyService::pace).orElse(null),
                ytd.flatMap(r -> r.string(EnergySeries.FIELD_LEVEL)).orElse(null));
    }

    EnergyViews.Barometer barometer(@Nullable String regionId) {
        Region region = lookup.regionOrDistrict("region", regionId);
        if (region.level() == RegionLevel.COMMUNITY) {
            throw new BadParameterException("region", "the barometer rates the district and its sub-districts; '" + region.id()
                    + "' is a community");
        }
        EnergySubject subject = subjects.resolve(region.id(), null, null, true);
        ZoneId zone = lookup.zone();
        Optional<InfluxRow> ytd = reader.latest(EnergySeries.YEAR_TO_DATE, subject);
        if (ytd.isEmpty()) {
            return new EnergyViews.Barometer(region.id(), region.name(), null, null, null, null, null, null, null);
        }
        InfluxRow r = ytd.get();
        return new EnergyViews.Barometer(region.id(), region.name(), r.time().atZone(zone).getYear(),
                r.integer(EnergySeries.FIELD_AS_OF).map(ms -> time(Instant.ofEpochMilli(ms), zone)).orElse(null),
                r.string(EnergySeries.FIELD_LEVEL).orElse(null),
                dec(r, EnergySeries.FIELD_EXPECTED_SHARE),
                new EnergyViews.Dimension(dec(r, EnergySeries.FIELD_ENERGY_INTENSITY), dec(r, EnergySeries.FIELD_ENERGY_INTENSITY_LAST_YEAR),
                        dec(r, EnergySeries.FIELD_ENERGY_INTENSITY_BASE), dec(r, EnergySeries.FIELD_ENERGY_CHANGE_VS_LAST_YEAR),
                        dec(r, EnergySeries.FIELD_ENERGY_CHANGE_VS_BASE), dec(r, EnergySeries.FIELD_ENERGY_REQUIRED_PACE),
                        r.string(EnergySeries.FIELD_ENERGY_INTENSITY_LEVEL).orElse(null), dec(r, EnergySeries.FIELD_TCE),
                        dec(r, EnergySeries.FIELD_QUOTA_TCE), dec(r, EnergySeries.FIELD_SHARE_USED_TCE),
                        dec(r, EnergySeries.FIELD_PROJECTION_TCE), dec(r, EnergySeries.FIELD_PROJECTION_RATIO_TCE),
                        r.string(EnergySeries.FIELD_ENERGY_TOTALS_LEVEL).orElse(null), r.string(EnergySeries.FIELD_ENERGY_LEVEL).orElse(null)),
                new EnergyViews.Dimension(dec(r, EnergySeries.FIELD_CARBON_INTENSITY), dec(r, EnergySeries.FIELD_CARBON_INTENSITY_LAST_YEAR),
                        dec(r, EnergySeries.FIELD_CARBON_INTENSITY_BASE), dec(r, EnergySeries.FIELD_CARBON_CHANGE_VS_LAST_YEAR),
                        dec(r, EnergySeries.FIELD_CARBON_CHANGE_VS_BASE), dec(r, EnergySeries.FIELD_CARBON_REQUIRED_PACE),
                        r.string(EnergySeries.FIELD_CARBON_INTENSITY_LEVEL).orElse(null), dec(r, EnergySeries.FIELD_TCO2),
                        dec(r, EnergySeries.FIELD_QUOTA_TCO2), dec(r, EnergySeries.FIELD_SHARE_USED_TCO2),
                        dec(r, EnergySeries.FIELD_PROJECTION_TCO2), dec(r, EnergySeries.FIELD_PROJECTION_RATIO_TCO2),
                        r.string(EnergySeries.FIELD_CARBON_TOTALS_LEVEL).orElse(null), r.string(EnergySeries.FIELD_CARBON_LEVEL).orElse(null)),
                r.string(EnergySeries.FIELD_RULE).orElse(null));
    }

    private static EnergyViews.Period period(InfluxRow row, EnergyResolution resolution, EnergySubject subject, ZoneId zone) {
        return new EnergyViews.Period(time(row.time(), zone), time(resolution.end(row.time(), zone), zone), totals(row, subject),
                row.bool(EnergySeries.FIELD_FINAL).orElse(null));
    }

    private static EnergyViews.Period yearToDate(InfluxRow row, EnergySubject subject, ZoneId zone, @Nullable OffsetDateTime asOf) {
        OffsetDateTime start = time(row.time(), zone);
        return new EnergyViews.Period(start, asOf == null ? start : asOf, totals(row, subject), null);
    }

    private static Map<String, BigDecimal> totals(InfluxRow row, EnergySubject subject) {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        totals.put(EnergySeries.FIELD_TCE, dec(row, EnergySeries.FIELD_TCE));
        totals.put(EnergySeries.FIELD_TCO2, dec(row, EnergySeries.FIELD_TCO2));
        for (EnergyCarrier carrier : EnergyCarrier.values()) {
            if (subject.carriers().contains(carrier)) {
                totals.put(carrier.counterKey(), dec(row, EnergySeries.FIELD_NATIVE_PREFIX + carrier.counterKey()));
            }
        }
        return totals;
    }

    private static EnergyViews.Pace pace(InfluxRow r) {
        return new EnergyViews.Pace(dec(r, EnergySeries.FIELD_QUOTA_TCE), dec(r, EnergySeries.FIELD_SHARE_USED_TCE),
                dec(r, EnergySeries.FIELD_EXPECTED_SHARE), dec(r, EnergySeries.FIELD_PROJECTION_TCE),
                dec(r, EnergySeries.FIELD_PROJECTION_RATIO_TCE), dec(r, EnergySeries.FIELD_QUOTA_TCO2),
                dec(r, EnergySeries.FIELD_SHARE_USED_TCO2), dec(r, EnergySeries.FIELD_PROJECTION_TCO2),
                dec(r, EnergySeries.FIELD_PROJECTION_RATIO_TCO2), dec(r, EnergySeries.FIELD_DAILY_BUDGET_TCE),
                dec(r, EnergySeries.FIELD_DAILY_BUDGET_RATIO));
    }

    @Nullable
    private static BigDecimal dec(InfluxRow row, String column) {
        return row.decimal(column).map(EnergyService::plain).orElse(null);
    }

    /** Without trailing zeros but never in exponent form (400, not 4E+2). */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static OffsetDateTime time(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toOffsetDateTime();
    }
}
