package io.cityops.jobs.network.outage;

/**
 * What the outage detector knows of the feed as a whole.
 *
 * @param latest      latest event time of any report, or -1 before the first
 * @param resumedAt   start of the current stretch of reports: the first report, or the first after a
 *                    gap in event time longer than the silence time (a feed that came back without
 *                    its backlog); sites are judged silent only from here on
 * @param lastArrival processing time the latest report arrived
 * @param alive       false once no report arrived for the feed-stop time
 * @param checkAt     processing time of the pending feed check, or -1
 */
public record FeedWatch(long latest, long resumedAt, long lastArrival, boolean alive, long checkAt) {

    public static final FeedWatch NEVER_HEARD = new FeedWatch(-1, -1, -1, false, -1);

    /** A report stamped {@code ts} covering the period from {@code periodStart} arrived at {@code arrival}. */
    public FeedWatch onReport(long ts, long periodStart, long arrival, long silenceMs) {
        long resumed = resumedAt;
        if (latest < 0 || ts > latest + silenceMs) {
            resumed = periodStart;
        }
        return new FeedWatch(Math.max(latest, ts), resumed, arrival, true, checkAt);
    }

    /** Whether the feed has been quiet for the stop time at processing time {@code now}. */
    public boolean stoppedAt(long now, long stopAfterMs) {
        return alive && lastArrival >= 0 && now - lastArrival >= stopAfterMs;
    }

    public FeedWatch stopped() {
        return new FeedWatch(latest, resumedAt, lastArrival, false, -1);
    }

    public FeedWatch checkingAt(long when) {
        return new FeedWatch(latest, resumedAt, lastArrival, alive, when);
    }
}
