package io.cityops.simulators.publish;

import io.cityops.ingest.reading.Reading;

/**
 * Where readings go: an MQTT broker, Kafka, standard output, memory. Implementations are
 * thread-safe. A failure to deliver is never swallowed: it surfaces as a {@link PublisherException}
 * from the next {@code publish}, {@code flush} or {@code close}.
 */
public interface ReadingPublisher extends AutoCloseable {

    /** Sends one reading (asynchronously where the transport allows). */
    void publish(Reading reading);

    /** Blocks until everything published so far has been acknowledged by the transport. */
    void flush();

    /** Readings the transport has acknowledged. */
    long sent();

    /** Flushes and releases the connection. */
    @Override
    void close();
}
