package io.cityops.jobs.network;

import io.cityops.ingest.reading.DeadLetter;
import io.cityops.jobs.common.IngestStats;
import io.cityops.jobs.network.outage.FeedStatus;
import io.cityops.jobs.network.outage.SiteStatus;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * The outputs of the network topology.
 *
 * @param deadLetters rejected network readings and too-late ones, for {@code city.readings.invalid}
 * @param kpis        KPI results of cells, sites and regions per period, hour and day
 * @param sites       site changes (down, restored) and states at period ends
 * @param feed        the feed's changes (stopped, resumed) and heartbeats
 * @param ingestStats cumulative loss-accounting counters per sensor
 */
public record NetworkStreams(DataStream<DeadLetter> deadLetters, DataStream<PeriodResult> kpis,
                             DataStream<SiteStatus> sites, DataStream<FeedStatus> feed,
                             DataStream<IngestStats> ingestStats) {
}
