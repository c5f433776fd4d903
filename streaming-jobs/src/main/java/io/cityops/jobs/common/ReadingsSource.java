package io.cityops.jobs.common;

import io.cityops.ingest.Topics;
import io.cityops.ingest.reading.SensorKind;
import io.cityops.jobs.influx.InfluxDatabases;
import java.time.Clock;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Opens {@code city.readings} for the job of one sensor kind: the InfluxDB database made sure of,
 * exactly-once checkpointing, the Kafka source (the configured consumer group, from its committed
 * offsets or else the earliest) with that kind's event time.
 */
public final class ReadingsSource {

    private ReadingsSource() {
    }

    /**
     * Event time from each reading's {@code ts} for readings of {@code kind}, watermarks per source split
     * (Kafka partition) with the configured out-of-orderness, and idle partitions not holding the
     * watermark back (but back in the count with their first record, see {@link ResumingIdleness}).
     */
    public static WatermarkStrategy<RawReading> watermarks(SensorKind kind, ReadingsJobConfig config) {
        return ResumingIdleness.strategy(config.maxOutOfOrderness(), config.idleness(),
                new ReadingEventTime(kind, config.maxFutureSkew(), Clock.systemUTC()));
    }

    /**
     * Prepares {@code env} and returns the readings stream; the source's operator uid is
     * {@code <uidPrefix>-readings-source}, which savepoints depend on.
     */
    public static DataStream<RawReading> open(StreamExecutionEnvironment env, ReadingsJobConfig config,
                                              WatermarkStrategy<RawReading> watermarks, String uidPrefix) {
        InfluxDatabases.ensureDatabase(config.influx());
        env.enableCheckpointing(config.checkpointInterval().toMillis(), CheckpointingMode.EXACTLY_ONCE);
        return env.fromSource(
                        KafkaConnectors.readingsSource(config.kafkaBootstrapServers(), config.consumerGroup()),
                        watermarks, "Kafka " + Topics.READINGS)
                .uid(uidPrefix + "-readings-source");
    }
}
