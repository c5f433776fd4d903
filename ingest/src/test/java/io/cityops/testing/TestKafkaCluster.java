package io.cityops.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A one-node Kafka cluster (KRaft, combined broker and controller) inside the test JVM, on free
 * loopback ports, deleted on close.
 *
 * <pre>{@code
 * try (TestKafkaCluster kafka = new TestKafkaCluster()) {
 *     kafka.createTopic(Topics.READINGS, 2);
 *     kafka.produce(Topics.READINGS, "aq-wbl-0001", payload);
 *     List<ConsumerRecord<String, byte[]>> records = kafka.consume(Topics.READINGS, 1, Duration.ofSeconds(30));
 * }
 * }</pre>
 */
public final class TestKafkaCluster implements AutoCloseable {

    private final KafkaClusterTestKit cluster;

    public TestKafkaCluster() {
        this(Map.of());
    }

    /**
     * @param brokerProperties broker settings on top of the defaults, for instance
     *                         {@code auto.create.topics.enable=false} to test a topic that is not there yet
     */
    public TestKafkaCluster(Map<String, String> brokerProperties) {
        KafkaClusterTestKit started = null;
        try {
            TestKitNodes nodes = new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build();
            KafkaClusterTestKit.Builder builder = new KafkaClusterTestKit.Builder(nodes)
                    // one broker: internal topics cannot have more replicas than that
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("offsets.topic.num.partitions", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("share.coordinator.state.topic.replication.factor", "1")
                    .setConfigProp("share.coordinator.state.topic.min.isr", "1")
                    // consumer groups start at once instead of after three seconds
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("auto.create.topics.enable", "true");
            brokerProperties.forEach(builder::setConfigProp);
            started = builder.build();
            started.format();
            started.startup();
            started.waitForReadyBrokers();
            cluster = started;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            IllegalStateException failure = new IllegalStateException("cannot start the in-process Kafka cluster: " + e, e);
            try {
                stop(started);
            } catch (RuntimeException closeFailure) {
                failure.addSuppressed(closeFailure);
            }
            throw failure;
        }
    }

    public static TestKafkaCluster start() {
        return new TestKafkaCluster();
    }

    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    /** Creates a topic with one replica; an existing topic of that name is left as it is. */
    public void createTopic(String name, int partitions) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create topic " + name + ": " + e.getCause(), e.getCause());
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot create topic " + name + ": " + e, e);
        }
    }

    /** Sends one record and waits for the broker's acknowledgement. */
    public void produce(String topic, String key, byte[] value) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot produce to " + topic + ": " + e, e);
        }
    }

    /**
     * Reads the topic from the beginning of every partition (no consumer group) until at least
     * {@code atLeast} records have arrived.
     *
     * @throws AssertionError when fewer arrived within {@code timeout}, naming how many did
     */
    public List<ConsumerRecord<String, byte[]>> consume(String topic, int atLeast, Duration timeout) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = List.of();
            while (partitions.isEmpty() && System.nanoTime() < deadline) {
                try {
                    List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(2));
                    partitions = infos == null ? List.of() : infos.stream().map(i -> new TopicPartition(topic, i.partition())).toList();
                } catch (org.apache.kafka.common.errors.TimeoutException e) {
                    // the topic is not there yet: ask again until the deadline
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (records.size() < atLeast && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        if (records.size() < atLeast) {
            throw new AssertionError("expected at least " + atLeast + " records on " + topic + " within " + timeout
                    + ", got " + records.size());
        }
        return records;
    }

    /**
     * Reads every record the topic holds now: from the beginning of every partition up to the end
     * offsets found when called (no consumer group). For topics whose size a test cannot know, such as
     * one that several record types share.
     */
    public List<ConsumerRecord<String, byte[]>> consumeAll(String topic, Duration timeout) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
            List<TopicPartition> partitions = infos == null ? List.of()
                    : infos.stream().map(i -> new TopicPartition(topic, i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    @Override
    public void close() {
        stop(cluster);
    }

    private static void stop(KafkaClusterTestKit kit) {
        if (kit == null) {
            return;
        }
        try {
            kit.close();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the in-process Kafka cluster: " + e, e);
        }
    }
}
