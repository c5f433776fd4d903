package io.cityops.jobs.network.outage;

import static io.cityops.jobs.network.NetworkFixtures.FEED;
import static io.cityops.jobs.network.NetworkFixtures.NORTH_1;
import static io.cityops.jobs.network.NetworkFixtures.NORTH_2;
import static io.cityops.jobs.network.NetworkFixtures.SOUTH_1;
import static io.cityops.jobs.network.NetworkFixtures.at;
import static io.cityops.jobs.network.NetworkFixtures.cell;
import static org.assertj.core.api.Assertions.assertThat;

import io.cityops.jobs.network.NetworkFixtures;
import io.cityops.jobs.network.NetworkSample;
import io.cityops.jobs.network.NetworkTopology;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Outage, restoration and feed-stop detection on the operator test harness: event time moves with
 * watermarks, processing time with the harness clock; nothing sleeps.
 */
class OutageDetectorTest {

    private static final long SECOND = 1000;
    private static final List<String> ALL = List.of(NORTH_1, NORTH_2, SOUTH_1);

    private KeyedOneInputStreamOperatorTestHarness<String, NetworkSample, SiteStatus> harness;
    /** Processing time, moved by hand. */
    private long wall = at(0);

    @BeforeEach
    void setUp() throws Exception {
        NetworkTopology topology = NetworkFixtures.topology();
        OutageDetector detector = new OutageDetector(topology.sites(), topology.periods(),
                topology.network().outageSilence(), topology.network().feedStopAfter());
        harness = ProcessFunctionTestHarnesses.forKeyedProcessFunction(detector, s -> FEED, Types.STRING);
        harness.setProcessingTime(wall);
    }

    @AfterEach
    void tearDown() throws Exception {
        harness.close();
    }

    /** Every cell of the given sites reports the period ending at {@code minutes}; then the wall clock moves a little. */
    private void period(long minutes, List<String> sites) throws Exception {
        wall = Math.max(wall, at(minutes)) + 10 * SECOND;
        harness.setProcessingTime(wall);
        for (String site : sites) {
            for (int c = 1; c <= 3; c++) {
                harness.processElement(new StreamRecord<>(cell(site, c, minutes, true, 40, 1.0), at(minutes)));
            }
        }
    }

    private void watermark(long minutes) throws Exception {
        harness.processWatermark(at(minutes));
    }

    private List<SiteStatus> changes() {
        return harness.extractOutputValues().stream().filter(s -> !SiteStatus.SNAPSHOT.equals(s.event())).toList();
    }

    private List<SiteStatus> snapshotsAt(long minutes) {
        return harness.extractOutputValues().stream()
                .filter(s -> SiteStatus.SNAPSHOT.equals(s.event()) && s.at() == at(minutes)).toList();
    }

    private List<FeedStatus> feedChanges() {
        return harness.getSideOutput(OutageDetector.FEED).stream().map(StreamRecord::getValue)
                .filter(FeedStatus::changed).toList();
    }

    @Test
    void aSilentSiteIsNoticedByTheTimerWhileTheOthersReportOn() throws Exception {
        period(15, ALL);
        period(30, ALL);
        watermark(30);
        // NORTH_1 falls silent after its report for the period ending at 00:30
        period(45, List.of(NORTH_2, SOUTH_1));
        watermark(45);
        assertThat(changes()).as("20 minutes have not passed at 00:45").isEmpty();

        period(60, List.of(NORTH_2, SOUTH_1));
        watermark(60);

        assertThat(changes()).singleElement().satisfies(down -> {
            assertThat(down.site()).isEqualTo(NORTH_1);
            assertThat(down.region()).isEqualTo("d-north");
            assertThat(down.event()).isEqualTo(SiteStatus.DOWN);
            assertThat(down.cause()).isEqualTo(SiteWatch.CAUSE_SILENCE);
            assertThat(down.since()).as("its last sign of life").isEqualTo(at(30));
            assertThat(down.at()).as("silence time ran out").isEqualTo(at(50));
            assertThat(down.detectedAt()).as("within two reporting periods").isEqualTo(at(60));
        });
        assertThat(snapshotsAt(60)).extracting(SiteStatus::site, SiteStatus::up)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(NORTH_1, false),
                        org.assertj.core.groups.Tuple.tuple(NORTH_2, true), org.assertj.core.groups.Tuple.tuple(SOUTH_1, true));
        assertThat(feedChanges()).as("the feed is fine").isEmpty();
    }

    @Test
    void aSilentSiteIsRestoredByItsNextReportWithTheOutagesDuration() throws Exception {
        period(15, ALL);
        watermark(15);
        period(30, List.of(NORTH_2, SOUTH_1));
        period(45, List.of(NORTH_2, SOUTH_1));
        watermark(45);
        period(60, ALL);
        watermark(60);

        assertThat(changes()).extracting(SiteStatus::site, SiteStatus::event).containsExactly(
                org.assertj.core.groups.Tuple.tuple(NORTH_1, SiteStatus.DOWN),
                org.assertj.core.groups.Tuple.tuple(NORTH_1, SiteStatus.RESTORED));
        SiteStatus restored = changes().get(1);
        assertThat(restored.up()).isTrue();
        assertThat(restored.since()).isEqualTo(at(15));
        assertThat(restored.at()).as("the period it reported again").isEqualTo(at(45));
        assertThat(restored.outageMs()).isEqualTo(Duration.ofMinutes(30).toMillis());
        assertThat(snapshotsAt(60)).allSatisfy(s -> assertThat(s.up()).isTrue());
    }

    @Test
    void aSiteWhoseCellsAllReportUnavailableIsDownAtOnceAndRestoredByAnAvailableCell() throws Exception {
        period(15, ALL);
        harness.processElement(new StreamRecord<>(cell(SOUTH_1, 1, 30, false, 0, 0), at(30)));
        harness.processElement(new StreamRecord<>(cell(SOUTH_1, 2, 30, false, 0, 0), at(30)));
        assertThat(changes()).as("one cell still up").isEmpty();
        harness.processElement(new StreamRecord<>(cell(SOUTH_1, 3, 30, false, 0, 0), at(30)));

        assertThat(changes()).singleElement().satisfies(down -> {
            assertThat(down.site()).isEqualTo(SOUTH_1);
            assertThat(down.cause()).isEqualTo(SiteWatch.CAUSE_REPORTED);
            assertThat(down.since()).as("the start of the unavailable period").isEqualTo(at(15));
        });

        harness.processElement(new StreamRecord<>(cell(SOUTH_1, 1, 45, false, 0, 0), at(45)));
        harness.processElement(new StreamRecord<>(cell(SOUTH_1, 2, 45, true, 30, 1), at(45)));
        assertThat(changes()).hasSize(2);
        SiteStatus restored = changes().get(1);
        assertThat(restored.event()).isEqualTo(SiteStatus.RESTORED);
        assertThat(restored.cause()).isEqualTo(SiteWatch.CAUSE_REPORTED);
        assertThat(restored.at()).isEqualTo(at(30));
        assertThat(restored.outageMs()).isEqualTo(Duration.ofMinutes(15).toMillis());
    }

    @Test
    void aFeedThatStopsAsAWholeIsOneFeedProblemNotAnOutagePerSite() throws Exception {
        period(15, ALL);
        period(30, ALL);
        watermark(30);

        // nothing arrives any more; readings of other kinds still move the event time on
        harness.setProcessingTime(wall + Duration.ofMinutes(19).toMillis());
        assertThat(feedChanges()).as("19 of 20 minutes").isEmpty();
        harness.setProcessingTime(wall + Duration.ofMinutes(20).toMillis());
        watermark(120);

        assertThat(feedChanges()).singleElement().satisfies(stop -> {
            assertThat(stop.feed()).isEqualTo(FEED);
            assertThat(stop.alive()).isFalse();
            assertThat(stop.at()).as("the latest report").isEqualTo(at(30));
            assertThat(stop.quietMs()).isEqualTo(Duration.ofMinutes(20).toMillis());
        });
        assertThat(changes()).as("no site outages").isEmpty();

        // while it stays stopped, the stop is repeated each feed-stop time, stamped further on
        harness.setProcessingTime(wall + Duration.ofMinutes(40).toMillis());
        List<FeedStatus> repeated = harness.getSideOutput(OutageDetector.FEED).stream().map(StreamRecord::getValue)
                .filter(f -> !f.alive() && !f.changed()).toList();
        assertThat(repeated).singleElement().satisfies(f -> {
            assertThat(f.quietMs()).isEqualTo(Duration.ofMinutes(40).toMillis());
            assertThat(f.at()).isEqualTo(at(30) + Duration.ofMinutes(40).toMillis());
        });
        assertThat(changes()).isEmpty();
    }

    @Test
    void aFeedThatComesBackAfterAGapIsAliveAgainWithoutOutages() throws Exception {
        period(15, ALL);
        watermark(15);
        harness.setProcessingTime(wall + Duration.ofMinutes(21).toMillis());
        assertThat(feedChanges()).extracting(FeedStatus::alive).containsExactly(false);

        // two hours later, without the backlog; the sites' reports trickle in after the first
        wall = at(135) + SECOND;
        harness.setProcessingTime(wall);
        harness.processElement(new StreamRecord<>(cell(NORTH_1, 1, 135, true, 40, 1), at(135)));
        harness.processWatermark(at(135));
        period(135, ALL);
        period(150, ALL);
        watermark(150);

        assertThat(feedChanges()).extracting(FeedStatus::alive).containsExactly(false, true);
        assertThat(changes()).as("sites are judged from the resumption on").isEmpty();

        // and a site that stays silent after the resumption is still caught
        period(165, List.of(NORTH_1, NORTH_2));
        period(180, List.of(NORTH_1, NORTH_2));
        watermark(180);
        assertThat(changes()).extracting(SiteStatus::site, SiteStatus::cause)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SOUTH_1, SiteWatch.CAUSE_SILENCE));
    }

    @Test
    void aSiteThatNeverReportsIsDownOnceTheSilenceHasPassedSinceTheFeedStarted() throws Exception {
        period(15, List.of(NORTH_1, NORTH_2));
        period(30, List.of(NORTH_1, NORTH_2));
        period(45, List.of(NORTH_1, NORTH_2));
        watermark(45);
        assertThat(changes()).singleElement().satisfies(down -> {
            assertThat(down.site()).isEqualTo(SOUTH_1);
            assertThat(down.since()).isEqualTo(at(0));
            assertThat(down.at()).isEqualTo(at(20));
        });
    }

    @Test
    void statesAtPeriodEndsAndTheFeedsHeartbeatAreEmittedForEverySite() throws Exception {
        period(15, ALL);
        watermark(15);
        assertThat(snapshotsAt(15)).extracting(SiteStatus::site).containsExactlyInAnyOrderElementsOf(ALL);
        assertThat(harness.getSideOutput(OutageDetector.FEED)).extracting(r -> r.getValue().alive()).containsExactly(true);
        assertThat(snapshotsAt(15)).allSatisfy(s -> assertThat(s.replayed()).isFalse());
    }
}
