package io.cityops.jobs.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AlertJobOptionsTest {

    @Test
    void requiredOptionsAloneGiveTheDefaults() {
        AlertJobOptions options = AlertJobOptions.parse(new String[] {
                "--kafka-bootstrap-servers", "kafka:9092", "--influx-url", "http://influx:8086"});

        assertThat(options.config().kafkaBootstrapServers()).isEqualTo("kafka:9092");
        assertThat(options.config().influx().database()).isEqualTo("cityops");
        assertThat(options.config().consumerGroup()).isEqualTo("cityops-alerts");
        assertThat(options.config().checkpointInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(options.catalogue()).isNull();
    }

    @Test
    void everyOptionIsRead() {
        AlertJobOptions options = AlertJobOptions.parse(new String[] {
                "--kafka-bootstrap-servers", "kafka:9092", "--influx-url", "http://influx:8086",
                "--influx-database", "city", "--influx-username", "writer", "--influx-password", "secret",
                "--consumer-group", "alerts-2", "--catalogue", "/etc/cityops/catalogue.yaml",
                "--checkpoint-interval", "500ms"});

        assertThat(options.config().influx().database()).isEqualTo("city");
        assertThat(options.config().influx().username()).isEqualTo("writer");
        assertThat(options.config().consumerGroup()).isEqualTo("alerts-2");
        assertThat(options.config().checkpointInterval()).isEqualTo(Duration.ofMillis(500));
        assertThat(options.catalogue()).isEqualTo(Path.of("/etc/cityops/catalogue.yaml"));
    }

    @Test
    void typosAndMissingValuesAreRefused() {
        assertThatThrownBy(() -> AlertJobOptions.parse(new String[] {"--kafka", "k:9092"}))
                .hasMessageContaining("unknown option --kafka");
        assertThatThrownBy(() -> AlertJobOptions.parse(new String[] {"--kafka-bootstrap-servers", "k:9092"}))
                .hasMessageContaining("--influx-url is required");
        assertThatThrownBy(() -> AlertJobOptions.parse(new String[] {"--kafka-bootstrap-servers", "k:9092",
                "--influx-url", "http://i:8086", "--checkpoint-interval", "soon"}))
                .hasMessageContaining("must be a duration");
    }
}
