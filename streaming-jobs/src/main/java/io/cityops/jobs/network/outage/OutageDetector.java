package io.cityops.jobs.network.outage;

import io.cityops.ingest.catalogue.NetworkCatalogue;
import io.cityops.jobs.network.NetworkPeriods;
import io.cityops.jobs.network.NetworkSample;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.TimeDomain;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Outage and feed-stop detection, keyed by feed: one key sees every cell report of the feed, so it can
 * tell a silent site from a silent feed.
 *
 * <ul>
 *   <li><b>Down by report</b>: every cell of a site said in its latest report that it was unavailable.</li>
 *   <li><b>Down by silence</b>: an event-time timer at each reported period's end walks the sites once the event
 *       time has passed it; a site from which nothing came for the silence time, while the rest of the
 *       feed reported past that point, is down — noticed when the others' reports move the event time
 *       on, without waiting for the silent site's next report.</li>
 *   <li><b>Feed stopped</b>: a processing-time timer notices when no report at all arrived for the
 *       feed-stop time. Reports of other kinds may still move the event time on, but a silent site needs
 *       the rest of <em>this</em> feed to have reported past its silence, so a stopped feed yields one
 *       {@link FeedStatus}, not an outage per site. When the feed comes back after a gap in event time
 *       (without its backlog), sites are judged silent only from the resumption on.</li>
 *   <li><b>Restored</b>: the first report of an available cell, with the outage's duration.</li>
 * </ul>
 * At every period end the state of every site and of the feed is emitted too (for the latest view and
 * the periodic rule observations).
 */
public final class OutageDetector extends KeyedProcessFunction<String, NetworkSample, SiteStatus> {

    private static final long serialVersionUID = 1L;

    public static final OutputTag<FeedStatus> FEED = new OutputTag<>("network-feed-status") {
    };

    private final List<NetworkCatalogue.Site> sites;
    private final NetworkPeriods periods;
    private final long silenceMs;
    private final long stopAfterMs;
    private transient HashMap<String, NetworkCatalogue.Site> siteIndex;
    private transient MapState<String, SiteWatch> watches;
    private transient ValueState<FeedWatch> feed;

    public OutageDetector(List<NetworkCatalogue.Site> sites, NetworkPeriods periods, Duration silence, Duration feedStopAfter) {
        this.sites = List.copyOf(sites);
        this.periods = Objects.requireNonNull(periods, "periods");
        this.silenceMs = silence.toMillis();
        this.stopAfterMs = feedStopAfter.toMillis();
        if (silenceMs <= periods.periodMs()) {
            throw new IllegalArgumentException("the silence time must be longer than the reporting period");
        }
        if (stopAfterMs <= 0) {
            throw new IllegalArgumentException("the feed-stop time must be positive");
        }
    }

    @Override
    public void open(OpenContext openContext) {
        siteIndex = new HashMap<>();
        sites.forEach(s -> siteIndex.put(s.id(), s));
        watches = getRuntimeContext().getMapState(new MapStateDescriptor<>("site-watches", Types.STRING,
                TypeInformation.of(SiteWatch.class)));
        feed = getRuntimeContext().getState(new ValueStateDescriptor<>("feed-watch", TypeInformation.of(FeedWatch.class)));
    }

    @Override
    public void processElement(NetworkSample sample, Context ctx, Collector<SiteStatus> out) throws Exception {
        if (!sample.isCellReport()) {
            return;
        }
        long now = ctx.timerService().currentProcessingTime();
        long periodStart = periods.periodStartOfReport(sample.eventTime());
        FeedWatch before = feed.value() == null ? FeedWatch.NEVER_HEARD : feed.value();
        FeedWatch after = before.onReport(sample.eventTime(), periodStart, now, silenceMs);
        if (!before.alive() && before.lastArrival() >= 0) {
            ctx.output(FEED, new FeedStatus(ctx.getCurrentKey(), true, true, sample.eventTime(), now, 0,
                    replayed(sample.eventTime(), now)));
        }
        if (after.checkAt() < 0) {
            after = after.checkingAt(now + stopAfterMs);
            ctx.timerService().registerProcessingTimeTimer(after.checkAt());
        }
        feed.update(after);

        SiteWatch watch = watches.get(sample.site());
        if (watch == null) {
            watch = SiteWatch.initial(cellsOf(sample.site()));
        }
        SiteWatch.Step step = watch.onReport(sample.cell(), sample.reportsAvailable(), periodStart, sample.eventTime());
        watches.put(sample.site(), step.watch());
        step.change().ifPresent(change -> out.collect(status(sample.site(), change, sample.eventTime(), now)));
        ctx.timerService().registerEventTimeTimer(periodStart + periods.periodMs());
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<SiteStatus> out) throws Exception {
        long now = ctx.timerService().currentProcessingTime();
        FeedWatch state = feed.value();
        if (state == null) {
            return;
        }
        if (ctx.timeDomain() == TimeDomain.PROCESSING_TIME) {
            checkFeed(state, timestamp, ctx, now);
            return;
        }
        boolean replayed = replayed(timestamp, now);
        for (NetworkCatalogue.Site site : sites) {
            SiteWatch watch = watches.get(site.id());
            if (watch == null) {
                watch = SiteWatch.initial(site.cells().size());
            }
            SiteWatch.Step step = watch.onTime(timestamp, silenceMs, state.resumedAt(), state.latest());
            if (step.change().isPresent()) {
                watches.put(site.id(), step.watch());
                out.collect(status(site.id(), step.change().get(), timestamp, now));
            }
            SiteWatch current = step.watch();
            if (periods.periodStartOfSample(timestamp) == timestamp && state.latest() >= timestamp) {
                out.collect(new SiteStatus(site.id(), site.subDistrict(), SiteStatus.SNAPSHOT, !current.down(),
                        current.cause(), current.down() ? current.since() : -1, timestamp, timestamp, 0, replayed));
            }
        }
        if (periods.periodStartOfSample(timestamp) == timestamp && state.alive()) {
            ctx.output(FEED, new FeedStatus(ctx.getCurrentKey(), true, false, timestamp, now, 0, replayed));
        }
    }

    private void checkFeed(FeedWatch state, long timestamp, OnTimerContext ctx, long now) throws Exception {
        if (state.checkAt() != timestamp) {
            return;
        }
        if (state.stoppedAt(now, stopAfterMs)) {
            feed.update(state.stopped().checkingAt(now + stopAfterMs));
            ctx.timerService().registerProcessingTimeTimer(now + stopAfterMs);
            ctx.output(FEED, new FeedStatus(ctx.getCurrentKey(), false, true, state.latest(), now,
                    now - state.lastArrival(), replayed(state.latest(), now)));
        } else if (state.alive()) {
            long next = state.lastArrival() + stopAfterMs;
            feed.update(state.checkingAt(next));
            ctx.timerService().registerProcessingTimeTimer(next);
        } else {
            // still stopped: say so again, stamped where the feed's event time would be by now, so that
            // a rule with a minimum duration sees the stop last
            long quiet = now - state.lastArrival();
            feed.update(state.checkingAt(now + stopAfterMs));
            ctx.timerService().registerProcessingTimeTimer(now + stopAfterMs);
            ctx.output(FEED, new FeedStatus(ctx.getCurrentKey(), false, false, state.latest() + quiet, now, quiet,
                    replayed(state.latest(), now)));
        }
    }

    private SiteStatus status(String siteId, SiteWatch.Change change, long eventTime, long now) {
        NetworkCatalogue.Site site = siteIndex.get(siteId);
        String region = site == null ? null : site.subDistrict();
        return new SiteStatus(siteId, region, change.down() ? SiteStatus.DOWN : SiteStatus.RESTORED, !change.down(),
                change.cause(), change.since(), change.at(), Math.max(change.at(), eventTime), change.outageMs(),
                replayed(change.at(), now));
    }

    private int cellsOf(String siteId) {
        NetworkCatalogue.Site site = siteIndex.get(siteId);
        if (site == null) {
            throw new IllegalArgumentException("site " + siteId + " is not in the catalogue");
        }
        return site.cells().size();
    }

    /** Far behind the wall clock: more than one reporting period. */
    private boolean replayed(long eventTime, long now) {
        return now - eventTime > periods.periodMs();
    }
}
