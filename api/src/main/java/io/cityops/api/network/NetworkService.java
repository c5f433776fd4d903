package io.cityops.api.network;

import io.cityops.api.catalogue.CatalogueLookup;
import io.cityops.api.influx.InfluxRow;
import io.cityops.api.problem.BadParameterException;
import io.cityops.api.problem.NotFoundException;
import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.NetworkCatalogue;
import io.cityops.ingest.catalogue.Region;
import io.cityops.ingest.catalogue.RegionLevel;
import io.cityops.ingest.schema.NetworkSeries;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Puts the catalogue and the stored network series together for the network endpoints. */
@Singleton
class NetworkService {

    /** The longest window one series request may ask for. */
    static final Duration MAX_SPAN = Duration.ofDays(400);

    private static final List<String> KPI_FIELDS = List.of(NetworkSeries.FIELD_AVAILABILITY_PCT,
            NetworkSeries.FIELD_PRB_DL_PCT, NetworkSeries.FIELD_PRB_UL_PCT, NetworkSeries.FIELD_RRC_USERS,
            NetworkSeries.FIELD_DL_MBPS, NetworkSeries.FIELD_UL_MBPS, NetworkSeries.FIELD_LATENCY_MS,
            NetworkSeries.FIELD_TRAFFIC_GB, NetworkSeries.FIELD_POWER_W, NetworkSeries.FIELD_ENERGY_KWH,
            NetworkSeries.FIELD_GB_PER_KWH);

    private final CatalogueLookup lookup;
    private final NetworkSeriesReader reader;
    private final Clock clock;

    NetworkService(CatalogueLookup lookup, NetworkSeriesReader reader, Clock clock) {
        this.lookup = lookup;
        this.reader = reader;
        this.clock = clock;
    }

    private ZoneId zone() {
        return lookup.zone();
    }

    private OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(zone()).toOffsetDateTime();
    }

    private OffsetDateTime localMs(Optional<Long> epochMs) {
        return epochMs.filter(ms -> ms >= 0).map(ms -> local(Instant.ofEpochMilli(ms))).orElse(null);
    }

    // ---- series

    NetworkViews.Series series(@Nullable String site, @Nullable String cell, @Nullable String region, @Nullable String kpi,
                               @Nullable String from, @Nullable String to, @Nullable String resolution) {
        int subjects = (present(site) ? 1 : 0) + (present(cell) ? 1 : 0) + (present(region) ? 1 : 0);
        if (subjects != 1) {
            throw new BadParameterException("site", subjects == 0 ? "give one of site, cell or region"
                    : "give only one of site, cell or region");
        }
        if (!present(kpi)) {
            throw new BadParameterException("kpi", "give a kpi, one of " + NetworkKpi.codes());
        }
        NetworkKpi what = NetworkKpi.fromCode(kpi.strip()).orElseThrow(() -> new BadParameterException("kpi",
                "unknown kpi '" + kpi + "'; expected one of " + NetworkKpi.codes()));
        NetworkResolution res = present(resolution) ? NetworkResolution.fromCode(resolution.strip())
                .orElseThrow(() -> new BadParameterException("resolution",
                        "resolution must be 15m, hour or day, not '" + resolution + "'")) : NetworkResolution.PERIOD;
        Instant end = present(to) ? NetworkTimes.parse("to", to, zone()) : clock.instant();
        Instant start = present(from) ? NetworkTimes.parse("from", from, zone()) : end.minus(res.defaultSpan());
        if (!start.isBefore(end)) {
            throw new BadParameterException("to", "to must be later than from");
        }
        if (Duration.between(start, end).compareTo(MAX_SPAN) > 0) {
            throw new BadParameterException("to", "from and to may be at most " + MAX_SPAN.toDays() + " days apart");
        }
        String subjectType;
        String subject;
        if (present(site)) {
            subjectType = NetworkSeries.SUBJECT_SITE;
            subject = site(site.strip()).id();
        } else if (present(cell)) {
            subjectType = NetworkSeries.SUBJECT_CELL;
            subject = cell.strip();
            if (lookup.catalogue().network().sites().stream().noneMatch(s -> s.cells().contains(subject))) {
                throw new NotFoundException("cell", "no 5G cell with id '" + cell + "'");
            }
        } else {
            subjectType = NetworkSeries.SUBJECT_REGION;
            subject = lookup.region("region", region).id();
        }
        List<NetworkViews.Point> points = reader.series(subjectType, subject, res, start, end).stream()
                .map(row -> new NetworkViews.Point(local(row.time()),
                        localMs(row.integer(NetworkSeries.FIELD_END)), row.decimal(what.field()).orElse(null), true))
                .toList();
        return new NetworkViews.Series(subject, subjectType, what.code(), res.code(), what.unit(), local(start), local(end),
                points);
    }

    private NetworkCatalogue.Site site(String id) {
        return lookup.catalogue().network().site(id)
                .orElseThrow(() -> new NotFoundException("site", "no 5G site with id '" + id + "'"));
    }

    // ---- latest

    NetworkViews.Latest latest(@Nullable String regionId) {
        Catalogue catalogue = lookup.catalogue();
        Region region = lookup.regionOrDistrict("region", regionId);
        Map<String, InfluxRow> statuses = reader.latestStatuses();
        Map<String, InfluxRow> kpis = reader.latestSiteKpis();
        List<NetworkViews.SiteLatest> sites = new ArrayList<>();
        int up = 0;
        int down = 0;
        int unknown = 0;
        int congested = 0;
        for (NetworkCatalogue.Site site : catalogue.network().sites()) {
            if (!catalogue.isWithin(site.region(), region.id())) {
                continue;
            }
            InfluxRow status = statuses.get(site.id());
            InfluxRow kpi = kpis.get(site.id());
            String state = status == null ? "unknown"
                    : status.integer(NetworkSeries.FIELD_AVAILABLE).orElse(0L) == 1 ? "up" : "down";
            switch (state) {
                case "up" -> up++;
                case "down" -> down++;
                default -> unknown++;
            }
            int congestedCells = kpi == null ? 0 : kpi.integer(NetworkSeries.FIELD_CONGESTED_CELLS).orElse(0L).intValue();
            if (congestedCells > 0) {
                congested++;
            }
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            if (kpi != null) {
                for (String field : KPI_FIELDS) {
                    kpi.decimal(field).ifPresent(v -> values.put(field, v));
                }
            }
            String cause = status == null ? null : status.string(NetworkSeries.FIELD_CAUSE).filter(c -> !c.isEmpty()).orElse(null);
            sites.add(new NetworkViews.SiteLatest(site.id(), site.name(), site.subDistrict(), site.latitude(),
                    site.longitude(), state, cause,
                    status == null ? null : localMs(status.integer(NetworkSeries.FIELD_SINCE)),
                    status == null ? null : local(status.time()), congestedCells,
                    kpi == null ? null : local(kpi.time()), values));
        }
        String feedName = catalogue.network().feed();
        Optional<InfluxRow> feed = reader.latestFeed(feedName);
        NetworkViews.Feed feedView = new NetworkViews.Feed(feedName,
                feed.flatMap(row -> row.integer(NetworkSeries.FIELD_ALIVE)).map(v -> v == 1).orElse(null),
                feed.map(row -> local(row.time())).orElse(null));
        return new NetworkViews.Latest(region.id(), region.name(), feedView,
                new NetworkViews.Counts(sites.size(), up, down, unknown, congested), sites);
    }

    // ---- coverage

    /**
     * Active sites (their newest state is from the newest reported period and says up) against the
     * plan, for the region and the sub-districts under it.
     */
    NetworkViews.CoverageAnswer coverage(@Nullable String regionId) {
        Catalogue catalogue = lookup.catalogue();
        Region region = lookup.regionOrDistrict("region", regionId);
        Map<String, InfluxRow> statuses = reader.latestStatuses();
        Instant lastPeriod = statuses.values().stream().map(InfluxRow::time).max(Instant::compareTo).orElse(null);
        List<String> active = new ArrayList<>();
        statuses.forEach((site, row) -> {
            if (row.time().equals(lastPeriod) && row.integer(NetworkSeries.FIELD_AVAILABLE).orElse(0L) == 1) {
                active.add(site);
            }
        });
        List<NetworkViews.Coverage> children = new ArrayList<>();
        if (region.level() == RegionLevel.DISTRICT) {
            for (Region child : catalogue.subDistricts()) {
                children.add(coverageOf(catalogue, child, active));
            }
        }
        return new NetworkViews.CoverageAnswer(local(lastPeriod), coverageOf(catalogue, region, active), children);
    }

    private static NetworkViews.Coverage coverageOf(Catalogue catalogue, Region region, List<String> active) {
        NetworkCatalogue network = catalogue.network();
        List<NetworkCatalogue.Site> built = network.sites().stream()
                .filter(s -> catalogue.isWithin(s.region(), region.id())).toList();
        int activeSites = (int) built.stream().filter(s -> active.contains(s.id())).count();
        int planned = switch (region.level()) {
            case DISTRICT -> network.plannedSites();
            case SUB_DISTRICT -> network.planOf(region.id()).map(NetworkCatalogue.SubDistrictPlan::planned).orElse(0);
            case COMMUNITY -> built.size();
        };
        BigDecimal pct = planned == 0 ? null : BigDecimal.valueOf(activeSites * 100L)
                .divide(BigDecimal.valueOf(planned), 1, RoundingMode.HALF_EVEN);
        Long population = region.population();
        BigDecimal density = population == null || population <= 0 ? null : BigDecimal.valueOf(activeSites * 10_000L)
                .divide(BigDecimal.valueOf(population), 2, RoundingMode.HALF_EVEN);
        return new NetworkViews.Coverage(region.id(), region.name(), activeSites, built.size(), planned, pct, population,
                density);
    }

    // ---- outages

    NetworkViews.Outages outages(@Nullable String from, @Nullable String to, @Nullable String regionId) {
        Catalogue catalogue = lookup.catalogue();
        Region region = lookup.regionOrDistrict("region", regionId);
        Instant end = present(to) ? NetworkTimes.parse("to", to, zone()) : clock.instant();
        Instant start = present(from) ? NetworkTimes.parse("from", from, zone()) : end.minus(Duration.ofDays(1));
        if (!start.isBefore(end)) {
            throw new BadParameterException("to", "to must be later than from");
        }
        if (Duration.between(start, end).compareTo(MAX_SPAN) > 0) {
            throw new BadParameterException("to", "from and to may be at most " + MAX_SPAN.toDays() + " days apart");
        }
        List<NetworkViews.Outage> outages = new ArrayList<>();
        for (InfluxRow row : reader.outages(start, end)) {
            String siteId = row.string(NetworkSeries.TAG_SITE).orElse(null);
            Optional<NetworkCatalogue.Site> site = siteId == null ? Optional.empty() : catalogue.network().site(siteId);
            if (site.isEmpty() || !catalogue.isWithin(site.get().region(), region.id())) {
                continue;
            }
            long restored = row.integer(NetworkSeries.FIELD_RESTORED).orElse(-1L);
            if (restored >= 0 && restored < start.toEpochMilli()) {
                continue; // over before the window
            }
            outages.add(new NetworkViews.Outage(siteId, site.get().subDistrict(),
                    row.string(NetworkSeries.FIELD_CAUSE).orElse(null), local(row.time()),
                    restored >= 0 ? local(Instant.ofEpochMilli(restored)) : null,
                    row.integer(NetworkSeries.FIELD_DURATION_S).orElse(null), restored < 0,
                    localMs(row.integer(NetworkSeries.FIELD_DETECTED))));
        }
        return new NetworkViews.Outages(region.id(), local(start), local(end), outages);
    }

    private static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
