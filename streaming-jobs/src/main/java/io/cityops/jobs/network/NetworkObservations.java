package io.cityops.jobs.network;

import io.cityops.ingest.indicator.RuleObservation;
import io.cityops.ingest.indicator.RuleObservationCodec;
import io.cityops.ingest.reading.SensorKind;
import io.cityops.jobs.common.KafkaMessage;
import io.cityops.jobs.network.kpi.Kpis;
import io.cityops.jobs.network.outage.FeedStatus;
import io.cityops.jobs.network.outage.SiteStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.util.Collector;

/**
 * The network job's rule observations on {@code city.indicators} (names agreed in INDICATORS.md):
 * {@code site_available}, {@code cell_congested}, {@code energy_efficiency_gb_per_kwh}, {@code feed_alive}.
 */
public final class NetworkObservations {

    public static final String SITE_AVAILABLE = "site_available";
    public static final String CELL_CONGESTED = "cell_congested";
    public static final String ENERGY_EFFICIENCY = "energy_efficiency_gb_per_kwh";
    public static final String FEED_ALIVE = "feed_alive";
    public static final String SUBJECT_FEED = "feed";

    private NetworkObservations() {
    }

    private static KafkaMessage message(RuleObservation o) {
        return new KafkaMessage(o.subject(), RuleObservationCodec.encode(o));
    }

    /** {@code site_available}: 1 up, 0 down, at each period end and on every change. */
    public static final class Sites implements MapFunction<SiteStatus, KafkaMessage> {
        private static final long serialVersionUID = 1L;

        @Override
        public KafkaMessage map(SiteStatus s) {
            long at = SiteStatus.SNAPSHOT.equals(s.event()) ? s.at() : s.detectedAt();
            String detail = switch (s.event()) {
                case SiteStatus.DOWN -> "down since " + Instant.ofEpochMilli(s.since()) + " (" + s.cause() + ")";
                case SiteStatus.RESTORED -> "restored after " + Duration.ofMillis(s.outageMs()).toMinutes()
                        + " min down (" + s.cause() + ")";
                default -> s.up() ? "up" : "down since " + Instant.ofEpochMilli(s.since()) + " (" + s.cause() + ")";
            };
            return message(new RuleObservation(SITE_AVAILABLE, SensorKind.NETWORK, PeriodResult.SITE, s.site(), s.region(),
                    s.up() ? BigDecimal.ONE : BigDecimal.ZERO, Instant.ofEpochMilli(at), s.replayed(), detail));
        }
    }

    /** {@code feed_alive}: 1 alive, 0 stopped, on change and at each period end. */
    public static final class Feeds implements MapFunction<FeedStatus, KafkaMessage> {
        private static final long serialVersionUID = 1L;
        private final String district;

        public Feeds(String district) {
            this.district = Objects.requireNonNull(district, "district");
        }

        @Override
        public KafkaMessage map(FeedStatus f) {
            String detail = f.alive() ? "reports arriving" : "no report for " + Duration.ofMillis(f.quietMs()).toMinutes()
                    + " min; latest report stamped " + Instant.ofEpochMilli(f.at());
            return message(new RuleObservation(FEED_ALIVE, SensorKind.NETWORK, SUBJECT_FEED, f.feed(), district,
                    f.alive() ? BigDecimal.ONE : BigDecimal.ZERO, Instant.ofEpochMilli(f.at()), f.replayed(), detail));
        }
    }

    /**
     * {@code cell_congested} for each cell period, {@code energy_efficiency_gb_per_kwh} for each site
     * period with energy. Replayed when the period ended more than one period before the wall clock.
     */
    public static final class Periods implements FlatMapFunction<PeriodResult, KafkaMessage> {
        private static final long serialVersionUID = 1L;
        private final Duration period;
        private final BigDecimal threshold;
        private final Duration minimum;
        private final Clock clock;

        public Periods(NetworkTopology topology, Clock clock) {
            this.period = topology.network().reportingPeriod();
            this.threshold = topology.network().congestion().prbDlThresholdPct();
            this.minimum = topology.network().congestion().minimumDuration();
            this.clock = Objects.requireNonNull(clock, "clock");
        }

        @Override
        public void flatMap(PeriodResult r, Collector<KafkaMessage> out) {
            if (r.resolution() != PeriodResult.Resolution.PERIOD) {
                return;
            }
            Instant end = Instant.ofEpochMilli(r.end());
            boolean replayed = Duration.between(end, clock.instant()).compareTo(period) > 0;
            Kpis k = r.sums().kpis();
            if (PeriodResult.CELL.equals(r.subjectType())) {
                boolean congested = Boolean.TRUE.equals(r.congested());
                out.collect(message(new RuleObservation(CELL_CONGESTED, SensorKind.NETWORK, PeriodResult.CELL, r.subject(),
                        r.region(), congested ? BigDecimal.ONE : BigDecimal.ZERO, end, replayed,
                        "DL PRB " + k.prbDlPct() + " % (congested at ≥ " + threshold.toPlainString() + " % for "
                                + minimum.toMinutes() + " min)")));
            } else if (PeriodResult.SITE.equals(r.subjectType()) && k.gbPerKwh() != null) {
                out.collect(message(new RuleObservation(ENERGY_EFFICIENCY, SensorKind.NETWORK, PeriodResult.SITE,
                        r.subject(), r.region(), k.gbPerKwh(), end, replayed,
                        k.trafficGb().toPlainString() + " GB over " + k.energyKwh().toPlainString() + " kWh")));
            }
        }
    }
}
