package io.cityops.jobs.common;

/**
 * What makes two readings the same reading: sensor, event time and the sender's sequence number.
 * An MQTT QoS 1 redelivery or a producer retry repeats all three.
 */
public interface ReadingIdentity {

    String sensorId();

    /** Event time, epoch milliseconds. */
    long eventTime();

    /** The sender's sequence number, or null when it sends none. */
    Long seq();
}
