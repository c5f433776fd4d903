package io.cityops.jobs.network;

import static io.cityops.jobs.network.NetworkFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.cityops.ingest.indicator.RuleObservation;
import io.cityops.ingest.indicator.RuleObservationCodec;
import io.cityops.jobs.common.KafkaMessage;
import io.cityops.jobs.influx.InfluxPoint;
import io.cityops.jobs.network.kpi.CellCounters;
import io.cityops.jobs.network.kpi.KpiSums;
import io.cityops.jobs.network.kpi.Mean;
import io.cityops.jobs.network.outage.FeedStatus;
import io.cityops.jobs.network.outage.FeedStatusPoints;
import io.cityops.jobs.network.outage.SiteStatus;
import io.cityops.jobs.network.outage.SiteStatusPoints;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.util.Collector;
import org.junit.jupiter.api.Test;

/** InfluxDB points and rule observations as the API and the alert job read them. */
class NetworkOutputFormatsTest {

    private static final String SITE = NetworkFixtures.NORTH_1;

    private static PeriodResult cell(boolean congested) {
        KpiSums sums = KpiSums.ofCell(new CellCounters(1.0, 86.5, 30.0, 40.0, 200.0, 30.0, 20.0, 8.25));
        return new PeriodResult(PeriodResult.CELL, SITE + "-1", SITE, "d-north", PeriodResult.Resolution.PERIOD,
                at(0), at(15), sums, congested, congested ? 1 : 0, 1, 1, -1);
    }

    private static PeriodResult site() {
        KpiSums sums = KpiSums.ofCell(new CellCounters(1.0, 50.0, 20.0, 40.0, 200.0, 30.0, 20.0, 3.0))
                .plusSubject(KpiSums.ofPower(Mean.of(3000.0), Duration.ofMinutes(15)));
        return new PeriodResult(PeriodResult.SITE, SITE, SITE, "d-north", PeriodResult.Resolution.PERIOD, at(0), at(15),
                sums, null, 1, 1, 1, -1);
    }

    @Test
    void aCellPeriodIsOnePointTaggedBySubjectResolutionSiteAndRegion() {
        InfluxPoint point = new PeriodResultPoints().toPoints(cell(true)).get(0);
        assertThat(point.toLineProtocol()).isEqualTo("network_kpi,region=d-north,resolution=15m,site=" + SITE
                + ",subject=" + SITE + "-1,subject_type=cell end_ms=" + at(15) + "i,availability_pct=100.000,"
                + "prb_dl_pct=86.50,prb_ul_pct=30.00,rrc_users=40.00,dl_mbps=200.00,ul_mbps=30.00,latency_ms=20.00,"
                + "traffic_gb=8.25,congested=1i " + at(0));
    }

    @Test
    void aSitePeriodCarriesEnergyEfficiencyAndCounts() {
        InfluxPoint point = new PeriodResultPoints().toPoints(site()).get(0);
        assertThat(point.fields()).containsEntry("gb_per_kwh", new java.math.BigDecimal("4.0000"))
                .containsEntry("congested_cells", 1L).containsEntry("sites_expected", 1L)
                .doesNotContainKey("congested");
    }

    @Test
    void anOutageIsAStatusPointAndAnOutagePointAtItsStartWhichTheRestorationRewrites() {
        SiteStatus down = new SiteStatus(SITE, "d-north", SiteStatus.DOWN, false, "silence", at(30), at(50), at(60), 0, false);
        List<InfluxPoint> points = new SiteStatusPoints().toPoints(down);
        assertThat(points).extracting(InfluxPoint::measurement).containsExactly("network_site_status", "network_outage");
        assertThat(points.get(0).time()).isEqualTo(Instant.ofEpochMilli(at(60)));
        assertThat(points.get(0).fields()).containsEntry("available", 0L).containsEntry("since_ms", at(30));
        assertThat(points.get(1).time()).isEqualTo(Instant.ofEpochMilli(at(30)));
        assertThat(points.get(1).fields()).containsEntry("ongoing", true).containsEntry("detected_ms", at(60));

        SiteStatus restored = new SiteStatus(SITE, "d-north", SiteStatus.RESTORED, true, "silence", at(30), at(90), at(105),
                Duration.ofMinutes(60).toMillis(), false);
        InfluxPoint outage = new SiteStatusPoints().toPoints(restored).get(1);
        assertThat(outage.tags()).isEqualTo(points.get(1).tags());
        assertThat(outage.time()).as("same identity: the point is rewritten").isEqualTo(points.get(1).time());
        assertThat(outage.fields()).containsEntry("ongoing", false).containsEntry("restored_ms", at(90))
                .containsEntry("duration_s", 3600L).doesNotContainKey("detected_ms");
    }

    @Test
    void theFeedsStateIsAPointAtTheEventTimeItRefersTo() {
        InfluxPoint point = new FeedStatusPoints().toPoints(new FeedStatus("network-oss", false, true, at(30), 123, 1_200_000,
                false)).get(0);
        assertThat(point.toLineProtocol()).startsWith("network_feed,feed=network-oss alive=0i,changed=true");
        assertThat(point.time()).isEqualTo(Instant.ofEpochMilli(at(30)));
    }

    @Test
    void ruleObservationsUseTheAgreedNamesAndSubjectTypes() {
        Clock later = Clock.fixed(Instant.ofEpochMilli(at(16)), ZoneOffset.UTC);
        NetworkObservations.Periods periods = new NetworkObservations.Periods(NetworkFixtures.topology(), later);
        List<KafkaMessage> messages = new ArrayList<>();
        Collector<KafkaMessage> out = new Collector<>() {
            @Override
            public void collect(KafkaMessage record) {
                messages.add(record);
            }

            @Override
            public void close() {
            }
        };
        periods.flatMap(cell(true), out);
        periods.flatMap(site(), out);
        messages.add(new NetworkObservations.Sites().map(
                new SiteStatus(SITE, "d-north", SiteStatus.SNAPSHOT, true, null, -1, at(15), at(15), 0, false)));
        messages.add(new NetworkObservations.Feeds("d").map(new FeedStatus("network-oss", false, true, at(30), 0, 1_200_000,
                true)));

        List<RuleObservation> observations = messages.stream()
                .map(m -> RuleObservationCodec.decode(m.value()).orElseThrow()).toList();
        assertThat(observations).extracting(RuleObservation::indicator, RuleObservation::subjectType, RuleObservation::subject)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("cell_congested", "cell", SITE + "-1"),
                        org.assertj.core.groups.Tuple.tuple("energy_efficiency_gb_per_kwh", "site", SITE),
                        org.assertj.core.groups.Tuple.tuple("site_available", "site", SITE),
                        org.assertj.core.groups.Tuple.tuple("feed_alive", "feed", "network-oss"));
        assertThat(messages).extracting(KafkaMessage::key).containsExactly(SITE + "-1", SITE, SITE, "network-oss");
        assertThat(observations.get(0).value()).isEqualByComparingTo("1");
        assertThat(observations.get(0).at()).isEqualTo(Instant.ofEpochMilli(at(15)));
        assertThat(observations.get(0).replayed()).as("one minute after the period").isFalse();
        assertThat(observations.get(1).value()).isEqualByComparingTo("4");
        assertThat(observations.get(1).region()).isEqualTo("d-north");
        assertThat(observations.get(3).value()).isEqualByComparingTo("0");
        assertThat(observations.get(3).region()).isEqualTo("d");
        assertThat(observations.get(3).detail()).contains("20 min");
    }
}
