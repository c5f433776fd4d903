package io.cityops.ingest.catalogue;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The 5G network: the sites and their cells, the counters' reporting period, the congestion and
 * outage rules and the coverage plan.
 *
 * @param feed            name of the operator's performance-counter feed (the subject of {@code feed_alive})
 * @param reportingPeriod length of one counter period (3GPP TS 28.552: 15 minutes); divides an hour
 * @param congestion      when a cell counts as congested
 * @param outageSilence   a site from which nothing arrives for this long, while the rest of the feed
 *                        reports on, is down; longer than the reporting period
 * @param feedStopAfter   wall-clock time without a single network reading after which the whole feed
 *                        counts as stopped (a feed problem, not outages of every site)
 * @param plan            per sub-district: sites built and planned
 * @param sites           every built site with its cells and power meter, expanded from the plan
 */
public record NetworkCatalogue(String feed, Duration reportingPeriod, Congestion congestion, Duration outageSilence,
                               Duration feedStopAfter, List<SubDistrictPlan> plan, List<Site> sites) implements Serializable {

    public static final String DEFAULT_FEED = "network-oss";

    /** The section is absent from the catalogue: no sites, the default rules. */
    public static final NetworkCatalogue NONE = new NetworkCatalogue(DEFAULT_FEED, Duration.ofMinutes(15),
            new Congestion(new BigDecimal("80"), Duration.ofMinutes(30)), Duration.ofMinutes(30), Duration.ofMinutes(20),
            List.of(), List.of());

    public NetworkCatalogue {
        Objects.requireNonNull(feed, "feed");
        Objects.requireNonNull(reportingPeriod, "reportingPeriod");
        Objects.requireNonNull(congestion, "congestion");
        Objects.requireNonNull(outageSilence, "outageSilence");
        Objects.requireNonNull(feedStopAfter, "feedStopAfter");
        plan = List.copyOf(plan);
        sites = List.copyOf(sites);
    }

    /**
     * A cell is congested while its downlink PRB utilisation stays at or above the threshold for at
     * least the minimum duration (operator practice: busy-hour DL PRB ≥ 70–80 % is a warning).
     */
    public record Congestion(BigDecimal prbDlThresholdPct, Duration minimumDuration) implements Serializable {
        public Congestion {
            Objects.requireNonNull(prbDlThresholdPct, "prbDlThresholdPct");
            Objects.requireNonNull(minimumDuration, "minimumDuration");
        }
    }

    /**
     * A sub-district's part of the coverage plan.
     *
     * @param region  the sub-district
     * @param built   sites built (each one is in {@link #sites()})
     * @param planned sites the plan asks for
     */
    public record SubDistrictPlan(String region, int built, int planned) implements Serializable {
        public SubDistrictPlan {
            Objects.requireNonNull(region, "region");
        }
    }

    /**
     * A base station.
     *
     * @param id          site id, for instance {@code g5-qianfeng-001}
     * @param name        display name
     * @param region      the community (or sub-district) it stands in
     * @param subDistrict the sub-district it counts for in the coverage plan
     * @param latitude    WGS-84 latitude
     * @param longitude   WGS-84 longitude
     * @param cells       ids of its cells (catalogue sensors of kind network), sector order
     * @param powerMeter  id of the site's power meter (a catalogue sensor of kind network)
     */
    public record Site(String id, String name, String region, String subDistrict, double latitude, double longitude,
                       List<String> cells, String powerMeter) implements Serializable {
        public Site {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(subDistrict, "subDistrict");
            cells = List.copyOf(cells);
            Objects.requireNonNull(powerMeter, "powerMeter");
        }
    }

    public Optional<Site> site(String id) {
        return sites.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<SubDistrictPlan> planOf(String subDistrict) {
        return plan.stream().filter(p -> p.region().equals(subDistrict)).findFirst();
    }

    /** Sites planned in the whole district. */
    public int plannedSites() {
        return plan.stream().mapToInt(SubDistrictPlan::planned).sum();
    }
}
