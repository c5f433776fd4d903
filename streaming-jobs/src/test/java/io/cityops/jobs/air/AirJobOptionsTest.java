package io.cityops.jobs.air;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AirJobOptionsTest {

    @Test
    void requiredOptionsAloneGiveTheDefaults() {
        AirJobOptions options = AirJobOptions.parse(new String[] {
                "--kafka-bootstrap-servers", "kafka:9092", "--influx-url", "http://influx:8086"});

        assertThat(options.config().kafkaBootstrapServers()).isEqualTo("kafka:9092");
        assertThat(options.config().influx().url()).isEqualTo("http://influx:8086");
        assertThat(options.config().influx().database()).isEqualTo("cityops");
        assertThat(options.config().allowedLateness()).isEqualTo(Duration.ofHours(2));
        assertThat(options.catalogue()).isNull();
    }

    @Test
    void everyOptionIsRead() {
        AirJobOptions options = AirJobOptions.parse(new String[] {
                "--kafka-bootstrap-servers", "kafka:9092", "--influx-url", "http://influx:8086",
                "--influx-database", "city", "--influx-username", "writer", "--influx-password", "secret",
                "--consumer-group", "air-2", "--catalogue", "/etc/cityops/catalogue.yaml",
                "--max-out-of-orderness", "10s", "--idleness", "1min", "--allowed-lateness", "3h",
                "--max-future-skew", "2min", "--checkpoint-interval", "30s", "--stats-interval", "15s"});

        AirJobConfig config = options.config();
        assertThat(config.influx().database()).isEqualTo("city");
        assertThat(config.influx().username()).isEqualTo("writer");
        assertThat(config.consumerGroup()).isEqualTo("air-2");
        assertThat(options.catalogue()).isEqualTo(Path.of("/etc/cityops/catalogue.yaml"));
        assertThat(config.maxOutOfOrderness()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.idleness()).isEqualTo(Duration.ofMinutes(1));
        assertThat(config.allowedLateness()).isEqualTo(Duration.ofHours(3));
        assertThat(config.maxFutureSkew()).isEqualTo(Duration.ofMinutes(2));
        assertThat(config.checkpointInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.statsInterval()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void unknownOptionIsRefusedNotIgnored() {
        assertThatThrownBy(() -> AirJobOptions.parse(new String[] {
                "--kafka-bootstrap-servers", "kafka:9092", "--influx-url", "http://influx:8086", "--lateness", "3h"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown option --lateness");
    }

    @Test
    void missingValueAndMissingRequiredOptionAreNamed() {
        assertThatThrownBy(() -> AirJobOptions.parse(new String[] {"--kafka-bootstrap-servers"}))
                .hasMessage("option --kafka-bootstrap-servers needs a value");
        assertThatThrownBy(() -> AirJobOptions.parse(new String[] {"--kafka-bootstrap-servers", "kafka:9092"}))
                .hasMessage("option --influx-url is required");
    }

    @Test
    void badDurationIsExplained() {
        assertThatThrownBy(() -> AirJobOptions.parse(new String[] {
                "--kafka-bootstrap-servers", "kafka:9092", "--influx-url", "http://influx:8086", "--idleness", "soon"}))
                .hasMessageContaining("--idleness must be a duration");
    }
}
