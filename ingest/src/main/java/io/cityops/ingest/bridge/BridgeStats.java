package io.cityops.ingest.bridge;

/**
 * Counters of a running bridge since it started.
 *
 * @param received  MQTT messages that arrived (a redelivery after a reconnect counts again)
 * @param forwarded messages acknowledged by Kafka on the readings topic
 * @param failed    messages that could not go to the readings topic (a topic that is not a reading
 *                  topic); each of them went to the invalid topic instead
 * @param retried   Kafka sends that failed and were tried again (the MQTT message stays unacknowledged meanwhile)
 */
public record BridgeStats(long received, long forwarded, long failed, long retried) {
}
