package io.cityops.jobs.air;

import io.cityops.ingest.Topics;
import io.cityops.ingest.reading.SensorKind;
import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.CatalogueLoader;
import io.cityops.ingest.indicator.RuleObservation;
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
import io.cityops.jobs.common.ResumingIdleness;
import io.cityops.jobs.common.RuleObservationMessages;
import io.cityops.jobs.influx.InfluxSink;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.function.UnaryOperator;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The air-quality job: {@code city.readings} → validation → deduplication → event time → hourly means
 * per station and region → hourly and daily AQI (HJ 633-2012 before 2026-03-01, HJ 633-2026 from then
 * on), rolling means, year to date → InfluxDB ({@code air_hourly}, {@code air_daily}, {@code air_ytd},
 * {@code ingest_stats}) and Kafka ({@code city.indicators}, {@code city.readings.invalid}).
 *
 * <p>{@link #topology} is the pure topology, fed by any source of raw readings that carries the
 * {@link #watermarks} strategy; {@link #start} wires Kafka and InfluxDB around it; {@link #main} is
 * the cluster entry point.
 */
public final class AirQualityJob {

    public static final String JOB_NAME = "air-quality";
    /** Prefix of every operator uid of this job; savepoints depend on it. */
    private static final String UID_PREFIX = "air";

    private AirQualityJob() {
    }

    /**
     * Event time from each reading's {@code ts}, watermarks per source split (Kafka partition) with
     * the configured out-of-orderness, and idle partitions not holding the watermark back (but back in
     * the count with their first record, see {@link ResumingIdleness}).
     */
    public static WatermarkStrategy<RawReading> watermarks(AirJobConfig config) {
        return ReadingsSource.watermarks(SensorKind.AIR, config);
    }

    /**
     * The topology from raw readings (with timestamps and watermarks, see {@link #watermarks}) to the
     * job's output streams; sources and sinks stay outside so that tests can wire their own.
     */
    public static AirQualityStreams topology(DataStream<RawReading> raw, Catalogue catalogue, AirJobConfig config) {
        AirNetwork network = new AirNetwork(catalogue);
        Duration lateness = config.allowedLateness();

        SingleOutputStreamOperator<AirSample> samples = raw
                .process(new ValidateReadings(new ReadingValidator(catalogue, config.maxFutureSkew()), Clock.systemUTC()))
                .name("Validate readings").uid("air-validate-readings");

        DropDuplicates<AirSample> dropDuplicates = new DropDuplicates<>(AirSample.class, lateness);
        SingleOutputStreamOperator<AirSample> unique = samples
                .keyBy(AirSample::sensorId, Types.STRING)
                .process(dropDuplicates)
                .name("Drop duplicate readings").uid("air-drop-duplicates");

        SingleOutputStreamOperator<HourlyMeans> stationHours = unique
                .keyBy(AirSample::sensorId, Types.STRING)
                .process(new StationHourlyMeans(network, lateness))
                .name("Station hourly means").uid("air-station-hourly-means");

        SingleOutputStreamOperator<HourlyMeans> regionHours = stationHours
                .flatMap(new RouteToRegions(network))
                .name("Route stations to regions").uid("air-route-to-regions")
                .keyBy(StationHour::region, Types.STRING)
                .process(new RegionHourlyMeans(network, lateness))
                .name("Region hourly means").uid("air-region-hourly-means");

        SingleOutputStreamOperator<AirResult> hourly = stationHours.union(regionHours)
                .keyBy(HourlyMeans::key, Types.STRING)
                .process(new AirReports(network, lateness))
                .name("Air quality reports").uid("air-reports");

        DataStream<DeadLetter> deadLetters = samples.getSideOutput(ValidateReadings.DEAD_LETTERS)
                .union(stationHours.getSideOutput(StationHourlyMeans.TOO_LATE));

        DataStream<IngestOutcome> outcomes = samples
                .map(new IngestOutcomes.Accepted<AirSample>(SensorKind.AIR)).name("Count accepted readings").uid("air-count-accepted")
                .union(unique.getSideOutput(dropDuplicates.duplicates())
                                .map(new IngestOutcomes.Duplicate<AirSample>(SensorKind.AIR)).name("Count duplicates").uid("air-count-duplicates"),
                        deadLetters.map(new IngestOutcomes.DeadLetters(SensorKind.AIR, network::kindOf))
                                .name("Count rejected and late readings").uid("air-count-dead-letters"));
        DataStream<IngestStats> stats = outcomes
                .keyBy(IngestOutcome::sensorId, Types.STRING)
                .process(new LossAccounting(config.statsInterval()))
                .name("Loss accounting").uid("air-loss-accounting");

        DataStream<RuleObservation> observations = hourly
                .process(new AirRuleObservations.RegionAqi(config.maxOutOfOrderness()))
                .name("Region AQI observations").uid("air-observations-region-aqi")
                .union(stationHours
                        .process(new AirRuleObservations.StationMeans(network, config.maxOutOfOrderness()))
                        .name("Station PM observations").uid("air-observations-station-pm"));

        return new AirQualityStreams(deadLetters, hourly, hourly.getSideOutput(AirReports.DAILY),
                hourly.getSideOutput(AirReports.YEAR_TO_DATE), stats, observations);
    }

    /**
     * Hourly, daily and year-to-date results and the rule observations as {@code city.indicators}
     * records, keyed by subject.
     */
    public static DataStream<KafkaMessage> indicatorMessages(AirQualityStreams streams, ZoneId zone) {
        return streams.hourly().map(new AirIndicatorJson.Results(zone))
                .name("Encode hourly indicators").uid("air-encode-hourly")
                .union(streams.daily().map(new AirIndicatorJson.Results(zone))
                                .name("Encode daily indicators").uid("air-encode-daily"),
                        streams.yearToDate().map(new AirIndicatorJson.YearToDates(zone))
                                .name("Encode year-to-date indicators").uid("air-encode-ytd"),
                        streams.observations().map(new RuleObservationMessages())
                                .name("Encode rule observations").uid("air-encode-observations"));
    }

    /**
     * Starts the job on the given environment: Kafka source (the configured consumer group, from its
     * committed offsets or else the earliest), InfluxDB and Kafka sinks, checkpointing. Creates the
     * InfluxDB database when it is missing. Returns once the job is submitted.
     */
    public static JobClient start(StreamExecutionEnvironment env, Catalogue catalogue, AirJobConfig config)
            throws Exception {
        return start(env, catalogue, config, UnaryOperator.identity());
    }

    /**
     * {@link #start(StreamExecutionEnvironment, Catalogue, AirJobConfig)} with a step between the source
     * and the topology, for tests that inject a failure into the real wiring.
     */
    static JobClient start(StreamExecutionEnvironment env, Catalogue catalogue, AirJobConfig config,
                           UnaryOperator<DataStream<RawReading>> afterSource) throws Exception {
        DataStream<RawReading> raw = ReadingsSource.open(env, config, watermarks(config), UID_PREFIX);
        AirQualityStreams streams = topology(afterSource.apply(raw), catalogue, config);

        streams.hourly().sinkTo(InfluxSink.create(config.influx(), new AirResultPoints()))
                .name("InfluxDB air_hourly").uid("air-influx-hourly");
        streams.daily().sinkTo(InfluxSink.create(config.influx(), new AirResultPoints()))
                .name("InfluxDB air_daily").uid("air-influx-daily");
        streams.yearToDate().sinkTo(InfluxSink.create(config.influx(), new AirYtdPoints()))
                .name("InfluxDB air_ytd").uid("air-influx-ytd");
        indicatorMessages(streams, catalogue.timeZone())
                .sinkTo(KafkaConnectors.messageSink(config.kafkaBootstrapServers(), Topics.INDICATORS))
                .name("Kafka " + Topics.INDICATORS).uid("air-kafka-indicators");
        IngestSinks.attach(streams.ingestStats(), streams.deadLetters(), config, UID_PREFIX);

        return env.executeAsync(JOB_NAME);
    }

    /** Cluster entry point; see {@link AirJobOptions#USAGE} for the options. */
    public static void main(String[] args) throws Exception {
        AirJobOptions options = JobArguments.parseOrExit("air-quality", AirJobOptions.USAGE, args, AirJobOptions::parse);
        Catalogue catalogue = options.catalogue() == null ? CatalogueLoader.loadDefault()
                : CatalogueLoader.load(options.catalogue());
        JobClient client = start(StreamExecutionEnvironment.getExecutionEnvironment(), catalogue, options.config());
        System.out.println("air-quality job submitted: " + client.getJobID());
        client.getJobExecutionResult().get();
    }
}
