package io.cityops.jobs.network.outage;

import java.util.Objects;

/**
 * The state of the counter feed as a whole.
 *
 * @param feed        feed name, e.g. {@code network-oss}
 * @param alive       whether reports are arriving
 * @param changed     true on a change (stopped, resumed), false for the state at the end of a period
 * @param at          event time it refers to: the latest report for a stop, the report that resumed it,
 *                    the period end for a periodic state
 * @param detectedAt  processing time at which it was noticed
 * @param quietMs     for a stop: how long nothing had arrived when it was noticed
 * @param replayed    computed while catching up with history
 */
public record FeedStatus(String feed, boolean alive, boolean changed, long at, long detectedAt, long quietMs,
                         boolean replayed) {
    public FeedStatus {
        Objects.requireNonNull(feed, "feed");
    }
}
