package io.cityops.jobs.energy;

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
import io.cityops.jobs.energy.rules.Converter;
import io.cityops.jobs.influx.InfluxSink;
import java.time.Clock;
import java.time.ZoneId;
import java.util.function.UnaryOperator;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The energy and carbon job: {@code city.readings} (meters) → validation → deduplication → event time →
 * counters to hourly consumption per meter (resets, gaps, implausible jumps) → tce and tCO2 →
 * hourly, daily, month-to-date and year-to-date totals per meter, entity, sub-district and district,
 * with pace against quotas, intensity and the barometer → InfluxDB ({@code energy_*}, {@code ingest_stats}) and Kafka
 * ({@code city.indicators}: results, rule observations, meter events; {@code city.readings.invalid}).
 *
 * <p>{@link #topology} is the pure topology; {@link #start} wires Kafka and InfluxDB around it.
 */
public final class EnergyJob {

    public static final String JOB_NAME = "energy";
    /** Prefix of every operator uid of this job; savepoints depend on it. */
    private static final String UID_PREFIX = "energy";

    private EnergyJob() {
    }

    /** Event time from each reading's {@code ts}, per Kafka partition, idle partitions not holding it back. */
    public static WatermarkStrategy<RawReading> watermarks(EnergyJobConfig config) {
        return ReadingsSource.watermarks(SensorKind.ENERGY, config);
    }

    /** The topology from raw readings (with timestamps and watermarks) to the job's output streams. */
    public static EnergyStreams topology(DataStream<RawReading> raw, Catalogue catalogue, EnergyJobConfig config) {
        ZoneId zone = catalogue.timeZone();
        Converter converter = new Converter(catalogue.energy());
        EnergySubjects subjects = new EnergySubjects(catalogue);

        SingleOutputStreamOperator<EnergySample> samples = raw
                .process(new ValidateEnergyReadings(new ReadingValidator(catalogue, config.maxFutureSkew()), Clock.systemUTC()))
                .name("Validate meter readings").uid("energy-validate-readings");

        DropDuplicates<EnergySample> dropDuplicates = new DropDuplicates<>(EnergySample.class, config.allowedLateness());
        SingleOutputStreamOperator<EnergySample> unique = samples
                .keyBy(EnergySample::sensorId, Types.STRING)
                .process(dropDuplicates)
                .name("Drop duplicate readings").uid("energy-drop-duplicates");

        SingleOutputStreamOperator<MeterHour> meterHours = unique
                .keyBy(EnergySample::sensorId, Types.STRING)
                .process(new MeterHours(catalogue.energy().meters(), converter, zone))
                .name("Counters to hourly consumption").uid("energy-meter-hours");

        SingleOutputStreamOperator<EnergyResult> results = meterHours
                .flatMap(new RouteToSubjects(subjects))
                .name("Route meters to entities and regions").uid("energy-route-to-subjects")
                .keyBy(Contribution::subject, Types.STRING)
                .process(new SubjectTotals(new SubjectFigures(subjects), zone, config.allowedLateness(), config.replayLag()))
                .name("Totals, pace, intensity and barometer").uid("energy-subject-totals");

        DataStream<DeadLetter> deadLetters = samples.getSideOutput(ValidateEnergyReadings.DEAD_LETTERS)
                .union(meterHours.getSideOutput(MeterHours.REJECTED));

        DataStream<IngestOutcome> outcomes = samples
                .map(new IngestOutcomes.Accepted<EnergySample>(SensorKind.ENERGY)).name("Count accepted readings").uid("energy-count-accepted")
                .union(unique.getSideOutput(dropDuplicates.duplicates())
                                .map(new IngestOutcomes.Duplicate<EnergySample>(SensorKind.ENERGY)).name("Count duplicates").uid("energy-count-duplicates"),
                        deadLetters.map(new IngestOutcomes.DeadLetters(SensorKind.ENERGY))
                                .name("Count rejected and late readings").uid("energy-count-dead-letters"));
        DataStream<IngestStats> stats = outcomes
                .keyBy(IngestOutcome::sensorId, Types.STRING)
                .process(new LossAccounting(config.statsInterval()))
                .name("Loss accounting").uid("energy-loss-accounting");
        return new EnergyStreams(deadLetters, meterHours, results, meterHours.getSideOutput(MeterHours.METER_EVENTS), stats);
    }

    /** Results, rule observations and meter events as {@code city.indicators} records, keyed by subject. */
    public static DataStream<KafkaMessage> indicatorMessages(EnergyStreams streams, ZoneId zone) {
        return streams.results().map(new EnergyIndicatorJson.Results(zone))
                .name("Encode energy results").uid("energy-encode-results")
                .union(streams.results().flatMap(new EnergyObservations())
                                .name("Encode rule observations").uid("energy-encode-observations"),
                        streams.meterEvents().map(new EnergyIndicatorJson.MeterEvents(zone))
                                .name("Encode meter events").uid("energy-encode-meter-events"));
    }

    /** Starts the job: Kafka source, InfluxDB and Kafka sinks, checkpointing. Returns once submitted. */
    public static JobClient start(StreamExecutionEnvironment env, Catalogue catalogue, EnergyJobConfig config) throws Exception {
        return start(env, catalogue, config, UnaryOperator.identity());
    }

    /** {@link #start(StreamExecutionEnvironment, Catalogue, EnergyJobConfig)} with a step after the source, for failure tests. */
    static JobClient start(StreamExecutionEnvironment env, Catalogue catalogue, EnergyJobConfig config,
                           UnaryOperator<DataStream<RawReading>> afterSource) throws Exception {
        DataStream<RawReading> raw = ReadingsSource.open(env, config, watermarks(config), UID_PREFIX);
        EnergyStreams streams = topology(afterSource.apply(raw), catalogue, config);

        streams.results().sinkTo(InfluxSink.create(config.influx(), new EnergyResultPoints(catalogue.timeZone())))
                .name("InfluxDB energy series").uid("energy-influx-results");
        streams.meterEvents().sinkTo(InfluxSink.create(config.influx(), new MeterEventPoints()))
                .name("InfluxDB energy_meter_events").uid("energy-influx-meter-events");
        indicatorMessages(streams, catalogue.timeZone())
                .sinkTo(KafkaConnectors.messageSink(config.kafkaBootstrapServers(), Topics.INDICATORS))
                .name("Kafka " + Topics.INDICATORS).uid("energy-kafka-indicators");
        IngestSinks.attach(streams.ingestStats(), streams.deadLetters(), config, UID_PREFIX);
        return env.executeAsync(JOB_NAME);
    }

    /** Cluster entry point; see {@link EnergyJobOptions#USAGE} for the options. */
    public static void main(String[] args) throws Exception {
        EnergyJobOptions options = JobArguments.parseOrExit("energy", EnergyJobOptions.USAGE, args, EnergyJobOptions::parse);
        Catalogue catalogue = options.catalogue() == null ? CatalogueLoader.loadDefault() : CatalogueLoader.load(options.catalogue());
        JobClient client = start(StreamExecutionEnvironment.getExecutionEnvironment(), catalogue, options.config());
        System.out.println("energy job submitted: " + client.getJobID());
        client.getJobExecutionResult().get();
    }
}
