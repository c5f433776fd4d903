package io.cityops.api.alerts;

import io.cityops.ingest.Topics;
import io.cityops.testing.TestKafkaCluster;

/** A broker with the two alert topics, each of one partition as docs/alerts.md has them. */
public final class AlertKafka {

    private AlertKafka() {
    }

    public static TestKafkaCluster start() {
        TestKafkaCluster kafka = new TestKafkaCluster();
        kafka.createTopic(Topics.ALERTS, 1);
        kafka.createTopic(Topics.ALERT_COMMANDS, 1);
        return kafka;
    }
}
