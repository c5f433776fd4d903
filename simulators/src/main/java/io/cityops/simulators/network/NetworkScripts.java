package io.cityops.simulators.network;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Scripted incidents of a network simulation, in simulated time.
 *
 * @param siteOutages one site goes silent (a transmission fault: nothing reaches the OSS from it)
 * @param powerCuts   a cluster of sites goes silent together (a power cut: neither counters nor meters)
 * @param feedStops   the whole counter feed stops (the OSS export); power meters over MQTT go on
 * @param events      extra load on the sites of a sub-district (a concert, a match): congestion
 */
public record NetworkScripts(List<SiteOutage> siteOutages, List<PowerCut> powerCuts, List<FeedStop> feedStops,
                             List<CongestionEvent> events) {

    public static final NetworkScripts NONE = new NetworkScripts(List.of(), List.of(), List.of(), List.of());

    public NetworkScripts {
        siteOutages = List.copyOf(siteOutages);
        powerCuts = List.copyOf(powerCuts);
        feedStops = List.copyOf(feedStops);
        events = List.copyOf(events);
    }

    public NetworkScripts withSiteOutage(SiteOutage outage) {
        return new NetworkScripts(append(siteOutages, outage), powerCuts, feedStops, events);
    }

    public NetworkScripts withPowerCut(PowerCut cut) {
        return new NetworkScripts(siteOutages, append(powerCuts, cut), feedStops, events);
    }

    public NetworkScripts withFeedStop(FeedStop stop) {
        return new NetworkScripts(siteOutages, powerCuts, append(feedStops, stop), events);
    }

    public NetworkScripts withEvent(CongestionEvent event) {
        return new NetworkScripts(siteOutages, powerCuts, feedStops, append(events, event));
    }

    private static <T> List<T> append(List<T> list, T item) {
        ArrayList<T> copy = new ArrayList<>(list);
        copy.add(Objects.requireNonNull(item));
        return copy;
    }

    /** A span of simulated time {@code [from, from + length)}. */
    public record Window(Instant from, Duration length) {
        public Window {
            Objects.requireNonNull(from, "from");
            if (length == null || length.isNegative() || length.isZero()) {
                throw new IllegalArgumentException("a scripted incident needs a positive length, got " + length);
            }
        }

        public boolean covers(Instant t) {
            return !t.isBefore(from) && t.isBefore(from.plus(length));
        }
    }

    public record SiteOutage(String site, Window window) {
        public SiteOutage {
            Objects.requireNonNull(site, "site");
            Objects.requireNonNull(window, "window");
        }
    }

    /** The first {@code sites} sites of a sub-district (catalogue order). */
    public record PowerCut(String subDistrict, int sites, Window window) {
        public PowerCut {
            Objects.requireNonNull(subDistrict, "subDistrict");
            if (sites < 1) {
                throw new IllegalArgumentException("a power cut takes out at least one site");
            }
            Objects.requireNonNull(window, "window");
        }
    }

    public record FeedStop(Window window) {
        public FeedStop {
            Objects.requireNonNull(window, "window");
        }
    }

    /** Adds {@code extraLoad} (0..1) to the load of every site of the sub-district. */
    public record CongestionEvent(String subDistrict, double extraLoad, Window window) {
        public CongestionEvent {
            Objects.requireNonNull(subDistrict, "subDistrict");
            if (!(extraLoad > 0 && extraLoad <= 1)) {
                throw new IllegalArgumentException("extra load must be in (0, 1], got " + extraLoad);
            }
            Objects.requireNonNull(window, "window");
        }
    }
}
