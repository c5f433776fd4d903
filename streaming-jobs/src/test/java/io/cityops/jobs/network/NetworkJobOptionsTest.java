package io.cityops.jobs.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class NetworkJobOptionsTest {

    @Test
    void readsEveryOption() {
        NetworkJobOptions options = NetworkJobOptions.parse(new String[] {
            "--kafka-bootstrap-servers", "kafka:9092", "--influx-url", "http://influx:8086", "--influx-database", "city",
            "--consumer-group", "net", "--catalogue", "/etc/city.yaml", "--allowed-lateness", "5min",
            "--feed-stop-after", "40min"});
        assertThat(options.config().kafkaBootstrapServers()).isEqualTo("kafka:9092");
        assertThat(options.config().influx().database()).isEqualTo("city");
        assertThat(options.config().consumerGroup()).isEqualTo("net");
        assertThat(options.config().allowedLateness()).isEqualTo(Duration.ofMinutes(5));
        assertThat(options.config().feedStopAfter()).isEqualTo(Duration.ofMinutes(40));
        assertThat(options.catalogue()).isEqualTo(Path.of("/etc/city.yaml"));
    }

    @Test
    void refusesWhatItDoesNotKnow() {
        assertThatThrownBy(() -> NetworkJobOptions.parse(new String[] {"--influx-url", "http://x"}))
                .hasMessageContaining("--kafka-bootstrap-servers");
        assertThatThrownBy(() -> NetworkJobOptions.parse(new String[] {"--kafka-bootstrap", "k:9092"}))
                .hasMessageContaining("unknown option");
        assertThatThrownBy(() -> NetworkJobOptions.parse(new String[] {"--kafka-bootstrap-servers", "k:9092",
            "--influx-url", "http://x", "--idleness", "soon"})).hasMessageContaining("--idleness");
    }
}
