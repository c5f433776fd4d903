package io.cityops.api.alerts;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@code city.alerts} from its beginning into the {@link AlertView}, on a thread of its own, for as
 * long as the API runs. No consumer group: every API instance holds the whole picture, and the offset of
 * the single partition is the order (and the SSE id) of every transition.
 */
@Context
@Requires(property = KafkaProperties.BOOTSTRAP_SERVERS)
class AlertTopicReader {

    private static final Logger LOG = LoggerFactory.getLogger(AlertTopicReader.class);

    private final AlertView view;
    private final AlertsProperties properties;
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;
    private volatile boolean running = true;

    AlertTopicReader(AlertView view, AlertsProperties properties, KafkaProperties kafka) {
        this.view = view;
        this.properties = properties;
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "cityops-api-alerts");
        this.consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        this.thread = new Thread(this::run, "cityops-alerts-reader");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            TopicPartition partition = awaitPartition();
            if (partition == null) {
                return;
            }
            consumer.assign(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            view.startLiveAt(end);
            consumer.seekToBeginning(List.of(partition));
            LOG.info("Reading {} from the beginning; {} records were there at start", properties.alertsTopic(), end);
            boolean caughtUp = false;
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(properties.pollTimeout())) {
                    apply(record);
                }
                if (!caughtUp && consumer.position(partition) >= end) {
                    caughtUp = true;
                    view.caughtUp();
                    LOG.info("Alert view caught up: {}", view.status());
                }
            }
        } catch (WakeupException e) {
            // close() asked the poll to stop
        } catch (RuntimeException e) {
            LOG.error("Reading {} failed; the alert view no longer follows it", properties.alertsTopic(), e);
            view.readerFailed(e.toString());
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        AlertRecordParser.Result result = AlertRecordParser.parse(record.offset(), record.value());
        if (result.valid()) {
            view.apply(result.event());
        } else {
            view.skipInvalid();
            LOG.warn("Skipping {} offset {} (key {}): {}", record.topic(), record.offset(), record.key(), result.problem());
        }
    }

    /** The topic's one partition, once the topic exists; null when stopped first. */
    private TopicPartition awaitPartition() {
        boolean told = false;
        while (running) {
            List<PartitionInfo> partitions;
            try {
                partitions = consumer.listTopics(Duration.ofSeconds(5)).get(properties.alertsTopic());
            } catch (org.apache.kafka.common.errors.TimeoutException e) {
                LOG.warn("Kafka did not answer within 5 s; asking again: {}", e.getMessage());
                continue;
            }
            if (partitions != null && !partitions.isEmpty()) {
                if (partitions.size() > 1) {
                    LOG.error("{} has {} partitions; the alert order is that of one partition, so only partition 0 is read",
                            properties.alertsTopic(), partitions.size());
                }
                return new TopicPartition(properties.alertsTopic(), 0);
            }
            if (!told) {
                LOG.warn("Topic {} does not exist yet; waiting for it", properties.alertsTopic());
                told = true;
            }
            try {
                Thread.sleep(properties.pollTimeout().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    @PreDestroy
    void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(Duration.ofSeconds(10).toMillis());
    }
}
