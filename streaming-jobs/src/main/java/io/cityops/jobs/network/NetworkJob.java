package io.cityops.jobs.network;

import io.cityops.ingest.Topics;
import io.cityops.ingest.reading.SensorKind;
import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.CatalogueLoader;
import io.cityops.ingest.reading.DeadLetter;
import io.cityops.ingest.reading.ReadingValidator;
import io.cityops.jobs.common.DropDuplicates;
import io.cityops.jobs.common.IngestOutcome;
import io.cityops.jobs.common.IngestOutcomes;
import io.cityops.jobs.common.IngestSinks;
import io.cityops.jobs.common.IngestStats;
import io.cityops.jobs.common.JobArguments;
import io.cityops.jobs.common.KafkaConnectors;
import io.cityops.jobs.common.KafkaMessage;
import io.cityops.jobs.common.LossAccounting;
import io.cityops.jobs.common.RawReading;
import io.cityops.jobs.common.ReadingsSource;
import io.cityops.jobs.influx.InfluxSink;
import io.cityops.jobs.network.outage.FeedStatus;
import io.cityops.jobs.network.outage.FeedStatusPoints;
import io.cityops.jobs.network.outage.OutageDetector;
import io.cityops.jobs.network.outage.SiteStatus;
import io.cityops.jobs.network.outage.SiteStatusPoints;
import java.time.Clock;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The 5G network job: {@code city.readings} (network kind) → validation → deduplication → event time →
 * per site and period: cell and site KPIs with congestion → region periods → hourly and daily roll-ups;
 * beside them outage and feed-stop detection → InfluxDB ({@code network_kpi}, {@code network_site_status},
 * {@code network_outage}, {@code network_feed}, {@code ingest_stats}) and Kafka ({@code city.indicators}
 * rule observations, {@code city.readings.invalid}).
 *
 * <p>{@link #topology} is the pure topology, fed by any source of raw readings that carries the
 * {@link #watermarks} strategy; {@link #start} wires Kafka and InfluxDB around it; {@link #main} is the
 * cluster entry point.
 */
public final class NetworkJob {

    public static final String JOB_NAME = "network";
    /** Prefix of every operator uid of this job; savepoints depend on it. */
    private static final String UID_PREFIX = "network";

    private NetworkJob() {
    }

    public static WatermarkStrategy<RawReading> watermarks(NetworkJobConfig config) {
        return ReadingsSource.watermarks(SensorKind.NETWORK, config);
    }

    public static NetworkStreams topology(DataStream<RawReading> raw, Catalogue catalogue, NetworkJobConfig config) {
        NetworkTopology topology = new NetworkTopology(catalogue);
        Duration lateness = config.allowedLateness();
        Duration feedStop = config.feedStopAfter() != null ? config.feedStopAfter() : topology.network().feedStopAfter();

        SingleOutputStreamOperator<NetworkSample> samples = raw
                .process(new ValidateNetworkReadings(new ReadingValidator(catalogue, config.maxFutureSkew()), topology,
                        Clock.systemUTC()))
                .name("Validate network readings").uid("network-validate-readings");

        DropDuplicates<NetworkSample> dropDuplicates = new DropDuplicates<>(NetworkSample.class, lateness);
        SingleOutputStreamOperator<NetworkSample> unique = samples
                .keyBy(NetworkSample::sensorId, Types.STRING)
                .process(dropDuplicates)
                .name("Drop duplicate network readings").uid("network-drop-duplicates");

        SingleOutputStreamOperator<PeriodResult> sitePeriods = unique
                .keyBy(NetworkSample::site, Types.STRING)
                .process(new SitePeriods(topology, lateness))
                .name("Cell and site periods").uid("network-site-periods");

        SingleOutputStreamOperator<PeriodResult> regionPeriods = sitePeriods
                .flatMap(new RouteSitesToRegions(topology))
                .name("Route sites to regions").uid("network-route-to-regions")
                .keyBy(PeriodResult::subject, Types.STRING)
                .process(new RegionPeriods(lateness))
                .name("Region periods").uid("network-region-periods");

        DataStream<PeriodResult> periods = sitePeriods.union(regionPeriods);
        SingleOutputStreamOperator<PeriodResult> rollups = periods
                .keyBy(PeriodResult::subjectKey, Types.STRING)
                .process(new Rollups(topology.periods(), lateness))
                .name("Hourly and daily roll-ups").uid("network-rollups");

        String feed = topology.network().feed();
        SingleOutputStreamOperator<SiteStatus> sites = unique
                .keyBy(sample -> feed, Types.STRING)
                .process(new OutageDetector(topology.sites(), topology.periods(), topology.network().outageSilence(),
                        feedStop))
                .name("Outage and feed-stop detection").uid("network-outage-detection");
        DataStream<FeedStatus> feedStatus = sites.getSideOutput(OutageDetector.FEED);

        DataStream<DeadLetter> deadLetters = samples.getSideOutput(ValidateNetworkReadings.DEAD_LETTERS)
                .union(sitePeriods.getSideOutput(SitePeriods.TOO_LATE));

        DataStream<IngestOutcome> outcomes = samples
                .map(new IngestOutcomes.Accepted<NetworkSample>(SensorKind.NETWORK)).name("Count accepted network readings")
                .uid("network-count-accepted")
                .union(unique.getSideOutput(dropDuplicates.duplicates())
                                .map(new IngestOutcomes.Duplicate<NetworkSample>(SensorKind.NETWORK)).name("Count network duplicates")
                                .uid("network-count-duplicates"),
                        deadLetters.map(new IngestOutcomes.DeadLetters(SensorKind.NETWORK, topology::kindOf))
                                .name("Count rejected and late network readings").uid("network-count-dead-letters"));
        DataStream<IngestStats> stats = outcomes
                .keyBy(IngestOutcome::sensorId, Types.STRING)
                .process(new LossAccounting(config.statsInterval()))
                .name("Network loss accounting").uid("network-loss-accounting");

        return new NetworkStreams(deadLetters, periods.union(rollups), sites, feedStatus, stats);
    }

    /** The rule observations for {@code city.indicators}, keyed by subject. */
    public static DataStream<KafkaMessage> indicatorMessages(NetworkStreams streams, Catalogue catalogue) {
        NetworkTopology topology = new NetworkTopology(catalogue);
        return streams.sites().map(new NetworkObservations.Sites())
                .name("Encode site availability").uid("network-encode-sites")
                .union(streams.feed().map(new NetworkObservations.Feeds(topology.district()))
                                .name("Encode feed state").uid("network-encode-feed"),
                        streams.kpis().flatMap(new NetworkObservations.Periods(topology, Clock.systemUTC()))
                                .name("Encode congestion and energy efficiency").uid("network-encode-periods"));
    }

    /**
     * Starts the job on the given environment: Kafka source, InfluxDB and Kafka sinks, checkpointing.
     * Creates the InfluxDB database when it is missing. Returns once the job is submitted.
     */
    public static JobClient start(StreamExecutionEnvironment env, Catalogue catalogue, NetworkJobConfig config)
            throws Exception {
        return start(env, catalogue, config, UnaryOperator.identity());
    }

    /** {@link #start(StreamExecutionEnvironment, Catalogue, NetworkJobConfig)} with a step after the source, for tests. */
    static JobClient start(StreamExecutionEnvironment env, Catalogue catalogue, NetworkJobConfig config,
                           UnaryOperator<DataStream<RawReading>> afterSource) throws Exception {
        DataStream<RawReading> raw = ReadingsSource.open(env, config, watermarks(config), UID_PREFIX);
        NetworkStreams streams = topology(afterSource.apply(raw), catalogue, config);

        streams.kpis().sinkTo(InfluxSink.create(config.influx(), new PeriodResultPoints()))
                .name("InfluxDB network_kpi").uid("network-influx-kpi");
        streams.sites().sinkTo(InfluxSink.create(config.influx(), new SiteStatusPoints()))
                .name("InfluxDB network_site_status and network_outage").uid("network-influx-sites");
        streams.feed().sinkTo(InfluxSink.create(config.influx(), new FeedStatusPoints()))
                .name("InfluxDB network_feed").uid("network-influx-feed");
        indicatorMessages(streams, catalogue)
                .sinkTo(KafkaConnectors.messageSink(config.kafkaBootstrapServers(), Topics.INDICATORS))
                .name("Kafka " + Topics.INDICATORS).uid("network-kafka-indicators");
        IngestSinks.attach(streams.ingestStats(), streams.deadLetters(), config, UID_PREFIX);

        return env.executeAsync(JOB_NAME);
    }

    /** Cluster entry point; see {@link NetworkJobOptions#USAGE} for the options. */
    public static void main(String[] args) throws Exception {
        NetworkJobOptions options = JobArguments.parseOrExit("network", NetworkJobOptions.USAGE, args, NetworkJobOptions::parse);
        Catalogue catalogue = options.catalogue() == null ? CatalogueLoader.loadDefault()
                : CatalogueLoader.load(options.catalogue());
        JobClient client = start(StreamExecutionEnvironment.getExecutionEnvironment(), catalogue, options.config());
        System.out.println("network job submitted: " + client.getJobID());
        client.getJobExecutionResult().get();
    }
}
