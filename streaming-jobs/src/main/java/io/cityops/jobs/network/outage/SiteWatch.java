package io.cityops.jobs.network.outage;

import java.util.Optional;

/**
 * What the outage detector knows of one site, and the rules that change it. A site is down when
 * every one of its cells says in its latest report that it was unavailable, or when nothing has come
 * from it for the silence time while the rest of the feed went on reporting; it is restored by the
 * first report of an available cell.
 *
 * @param cells        number of cells
 * @param lastReport   event time of its latest report, or -1 before the first
 * @param available    bit i set when cell i+1 said available in its latest report (all set at the start,
 *                     so that one cell's report cannot take a site down before its siblings are heard)
 * @param down         whether the site is down
 * @param cause        {@link #CAUSE_REPORTED} or {@link #CAUSE_SILENCE} while down, else null
 * @param since        start of the current outage, epoch ms (while down)
 */
public record SiteWatch(int cells, long lastReport, int available, boolean down, String cause, long since) {

    public static final String CAUSE_REPORTED = "reported_unavailable";
    public static final String CAUSE_SILENCE = "silence";

    public static SiteWatch initial(int cells) {
        if (cells < 1 || cells > 30) {
            throw new IllegalArgumentException("a site has 1..30 cells, not " + cells);
        }
        return new SiteWatch(cells, -1, (1 << cells) - 1, false, null, -1);
    }

    /** The new watch and, when the site went down or came back, the change. */
    public record Step(SiteWatch watch, Optional<Change> change) {
    }

    /**
     * A change of a site's state.
     *
     * @param down      true when the site went down, false when it was restored
     * @param cause     the outage's cause
     * @param since     the outage's start
     * @param at        when it went down (start) or was restored
     * @param outageMs  for a restoration, how long the outage lasted; else 0
     */
    public record Change(boolean down, String cause, long since, long at, long outageMs) {
    }

    /**
     * A cell's report for the period {@code [periodStart, reportTs)}.
     */
    public Step onReport(int cell, boolean cellAvailable, long periodStart, long reportTs) {
        if (cell < 1 || cell > cells) {
            throw new IllegalArgumentException("cell " + cell + " of a site with " + cells + " cells");
        }
        int bit = 1 << (cell - 1);
        int nowAvailable = cellAvailable ? available | bit : available & ~bit;
        long latest = Math.max(lastReport, reportTs);
        boolean siteAvailable = nowAvailable != 0;
        if (down && siteAvailable) {
            long restoredAt = Math.max(periodStart, since);
            return new Step(new SiteWatch(cells, latest, nowAvailable, false, null, -1),
                    Optional.of(new Change(false, cause, since, restoredAt, restoredAt - since)));
        }
        if (!down && !siteAvailable) {
            return new Step(new SiteWatch(cells, latest, nowAvailable, true, CAUSE_REPORTED, periodStart),
                    Optional.of(new Change(true, CAUSE_REPORTED, periodStart, periodStart, 0)));
        }
        // still down: a silent site that now reports itself unavailable goes on with the same outage
        String stillCause = down && !siteAvailable ? CAUSE_REPORTED : cause;
        return new Step(new SiteWatch(cells, latest, nowAvailable, down, stillCause, since), Optional.empty());
    }

    /**
     * The instant from which the site counts as silent: its latest report (or, when the feed as a whole
     * resumed after a gap, the resumption, whichever is later) plus the silence time.
     *
     * @param feedResumedAt start of the feed's latest stretch of reports (its first report, or the first
     *                      after a gap in event time)
     */
    public long silentFrom(long silenceMs, long feedResumedAt) {
        return Math.max(lastReport, feedResumedAt) + silenceMs;
    }

    /**
     * Checks the silence once the event time has reached {@code now}.
     *
     * @param feedLatest the latest event time any site of the feed reported; silence only counts while
     *                   the rest of the feed has reported past it
     */
    public Step onTime(long now, long silenceMs, long feedResumedAt, long feedLatest) {
        long silentFrom = silentFrom(silenceMs, feedResumedAt);
        if (down || silentFrom > now || feedLatest < silentFrom) {
            return new Step(this, Optional.empty());
        }
        long since = Math.max(lastReport, feedResumedAt);
        return new Step(new SiteWatch(cells, lastReport, available, true, CAUSE_SILENCE, since),
                Optional.of(new Change(true, CAUSE_SILENCE, since, silentFrom, 0)));
    }
}
