package io.cityops.jobs.alerts;

import io.cityops.jobs.common.KafkaMessage;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * The outputs of the alert topology.
 *
 * @param alerts      every transition and every rejection, as {@code city.alerts} records keyed by alert id
 * @param transitions every transition, flattened for InfluxDB
 */
public record AlertStreams(DataStream<KafkaMessage> alerts, DataStream<AlertTransitionRow> transitions) {
}
