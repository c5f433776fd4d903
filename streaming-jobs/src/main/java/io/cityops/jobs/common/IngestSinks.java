package io.cityops.jobs.common;

import io.cityops.ingest.Topics;
import io.cityops.ingest.reading.DeadLetter;
import io.cityops.jobs.influx.InfluxSink;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * The two outputs every readings job has besides its results: loss accounting to InfluxDB
 * {@code ingest_stats} and dead letters to {@code city.readings.invalid}. Operator uids are
 * {@code <uidPrefix>-influx-ingest-stats}, {@code <uidPrefix>-encode-dead-letters} and
 * {@code <uidPrefix>-kafka-dead-letters}, which savepoints depend on.
 */
public final class IngestSinks {

    private IngestSinks() {
    }

    public static void attach(DataStream<IngestStats> ingestStats, DataStream<DeadLetter> deadLetters,
                              ReadingsJobConfig config, String uidPrefix) {
        ingestStats.sinkTo(InfluxSink.create(config.influx(), new IngestStatsPoints()))
                .name("InfluxDB ingest_stats").uid(uidPrefix + "-influx-ingest-stats");
        deadLetters.map(new DeadLetterMessages()).name("Encode dead letters").uid(uidPrefix + "-encode-dead-letters")
                .sinkTo(KafkaConnectors.messageSink(config.kafkaBootstrapServers(), Topics.READINGS_INVALID))
                .name("Kafka " + Topics.READINGS_INVALID).uid(uidPrefix + "-kafka-dead-letters");
    }
}
