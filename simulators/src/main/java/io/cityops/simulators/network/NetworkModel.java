package io.cityops.simulators.network;

import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.NetworkCatalogue;
import io.cityops.simulators.Seeds;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The simulated network: every catalogued site's load over time (diurnal shape × a site factor ×
 * noise, plus scripted events), and with random incidents on: outages (a site's cells report
 * unavailable for one to four periods, about once a month per site) and evening events congesting one
 * sub-district on about three days in ten; and the scripted incidents. Every value is a pure function of
 * the seed, the site and the time, so any instant can be produced on its own and runs repeat exactly.
 */
public final class NetworkModel {

    /** Chance per site and period that a random outage starts (about one a month per site). */
    static final double RANDOM_OUTAGE_PER_PERIOD = 1.0 / (30 * 96);
    /** Chance per local day of an evening event (a match, a concert) in one sub-district. */
    static final double EVENT_PER_DAY = 0.3;
    /** Extra load an event puts on its sub-district's cells, 19:00–22:00 local time. */
    static final double EVENT_EXTRA_LOAD = 0.35;

    private final NetworkCatalogue network;
    private final ZoneId zone;
    private final long seed;
    private final NetworkScripts scripts;
    private final Set<String> cutSites = new HashSet<>();
    private final double randomOutageRate;

    public NetworkModel(Catalogue catalogue, long seed, NetworkScripts scripts, boolean randomOutages) {
        this.network = catalogue.network();
        this.zone = catalogue.timeZone();
        this.seed = seed;
        this.scripts = Objects.requireNonNull(scripts, "scripts");
        this.randomOutageRate = randomOutages ? RANDOM_OUTAGE_PER_PERIOD : 0;
        for (NetworkScripts.SiteOutage outage : scripts.siteOutages()) {
            if (network.site(outage.site()).isEmpty()) {
                throw new IllegalArgumentException("scripted outage of unknown site " + outage.site());
            }
        }
        for (NetworkScripts.PowerCut cut : scripts.powerCuts()) {
            if (network.planOf(cut.subDistrict()).isEmpty()) {
                throw new IllegalArgumentException("power cut in unknown sub-district " + cut.subDistrict());
            }
        }
    }

    public List<NetworkCatalogue.Site> sites() {
        return network.sites();
    }

    public Duration period() {
        return network.reportingPeriod();
    }

    /** Whether nothing reaches the OSS from the site at {@code t} (scripted outage or power cut). */
    boolean silent(NetworkCatalogue.Site site, Instant t) {
        for (NetworkScripts.SiteOutage outage : scripts.siteOutages()) {
            if (outage.site().equals(site.id()) && outage.window().covers(t)) {
                return true;
            }
        }
        return powerCut(site, t);
    }

    /** Whether the site's power is cut at {@code t}: its meter reports nothing either. */
    boolean powerCut(NetworkCatalogue.Site site, Instant t) {
        for (NetworkScripts.PowerCut cut : scripts.powerCuts()) {
            if (cut.subDistrict().equals(site.subDistrict()) && cut.window().covers(t)) {
                List<NetworkCatalogue.Site> inRegion = network.sites().stream()
                        .filter(s -> s.subDistrict().equals(cut.subDistrict())).limit(cut.sites()).toList();
                if (inRegion.contains(site)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the whole counter feed is stopped at {@code t}. */
    boolean feedStopped(Instant t) {
        return scripts.feedStops().stream().anyMatch(stop -> stop.window().covers(t));
    }

    /**
     * Whether the site's cells report unavailable for the period ending at {@code periodEnd}: a random
     * outage that started in this period or up to three before (lengths one to four periods).
     */
    boolean randomlyUnavailable(NetworkCatalogue.Site site, Instant periodEnd) {
        if (randomOutageRate == 0) {
            return false;
        }
        long period = Math.floorDiv(periodEnd.toEpochMilli(), period().toMillis());
        for (long start = period - 3; start <= period; start++) {
            if (Seeds.uniformAt(seed, "outage-start", site.id(), start) < randomOutageRate) {
                int length = 1 + (int) (Seeds.uniformAt(seed, "outage-length", site.id(), start) * 4);
                if (period < start + length) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A cell's load (0..1) in the period ending at {@code t}. */
    double load(NetworkCatalogue.Site site, int cell, Instant t) {
        ZonedDateTime local = t.minus(period().dividedBy(2)).atZone(zone);
        double hour = local.getHour() + local.getMinute() / 60.0;
        double siteFactor = 0.55 + 0.45 * Seeds.uniformAt(seed, "site-factor", site.id());
        double cellFactor = 0.85 + 0.3 * Seeds.uniformAt(seed, "cell-factor", site.id(), cell);
        double weekend = local.getDayOfWeek().getValue() >= 6 ? 0.92 : 1.0;
        double noise = 1 + 0.08 * Seeds.gaussianAt(seed, "load", site.id(), cell, t.toEpochMilli());
        double load = TrafficModel.diurnal(hour) * siteFactor * cellFactor * weekend * noise;
        for (NetworkScripts.CongestionEvent event : scripts.events()) {
            if (event.subDistrict().equals(site.subDistrict()) && event.window().covers(t.minusMillis(1))) {
                load += event.extraLoad();
            }
        }
        if (randomOutageRate > 0 && local.getHour() >= 19 && local.getHour() < 22
                && site.subDistrict().equals(eveningEventOn(local.toLocalDate()))) {
            load += EVENT_EXTRA_LOAD;
        }
        return TrafficModel.clamp(load);
    }

    /**
     * The sub-district with an evening event on that local day, or null: on about three days in ten,
     * one sub-district chosen by the seed (with random incidents on only).
     */
    String eveningEventOn(LocalDate day) {
        if (randomOutageRate == 0 || network.plan().isEmpty()
                || Seeds.uniformAt(seed, "event-day", day.toEpochDay()) >= EVENT_PER_DAY) {
            return null;
        }
        int pick = (int) (Seeds.uniformAt(seed, "event-place", day.toEpochDay()) * network.plan().size());
        return network.plan().get(pick).region();
    }
}
