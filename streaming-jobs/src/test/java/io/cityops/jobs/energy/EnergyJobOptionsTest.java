package io.cityops.jobs.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EnergyJobOptionsTest {

    private static final String[] REQUIRED = {"--kafka-bootstrap-servers", "kafka:9092", "--influx-url", "http://influx:8086"};

    @Test
    void usageTextIsTheEnergyJobsOwnWithItsDefaults() {
        assertThat(EnergyJobOptions.USAGE)
                .startsWith("usage: EnergyJob --kafka-bootstrap-servers HOST:PORT --influx-url URL [options]")
                .contains("--consumer-group           Kafka consumer group (default cityops-energy)")
                .contains("--replay-lag")
                .doesNotContain("AirQualityJob")
                .doesNotContain("cityops-air-quality");
    }

    @Test
    void everyOptionTheUsageListsIsAccepted() {
        Matcher option = Pattern.compile("^\\s+--([a-z-]+)", Pattern.MULTILINE).matcher(EnergyJobOptions.USAGE);
        List<String> args = new ArrayList<>();
        while (option.find()) {
            String name = option.group(1);
            args.add("--" + name);
            args.add(switch (name) {
                case "kafka-bootstrap-servers" -> "kafka:9092";
                case "influx-url" -> "http://influx:8086";
                case "max-out-of-orderness", "idleness", "allowed-lateness", "max-future-skew", "checkpoint-interval",
                     "replay-lag", "stats-interval" -> "7s";
                default -> "x";
            });
        }
        assertThat(args).hasSize(2 * 14);

        EnergyJobOptions.parse(args.toArray(String[]::new));
    }

    @Test
    void requiredOptionsAloneGiveTheEnergyDefaults() {
        EnergyJobOptions options = EnergyJobOptions.parse(REQUIRED);

        EnergyJobConfig defaults = EnergyJobConfig.defaults("kafka:9092", options.config().influx());
        assertThat(options.config()).isEqualTo(defaults);
        assertThat(options.config().consumerGroup()).isEqualTo("cityops-energy");
        assertThat(options.config().influx().database()).isEqualTo("cityops");
        assertThat(options.catalogue()).isNull();
    }

    @Test
    void everySettingOfTheEnergyJobIsRead() {
        EnergyJobOptions options = EnergyJobOptions.parse(new String[] {
                "--kafka-bootstrap-servers", "kafka:9092", "--influx-url", "http://influx:8086",
                "--influx-database", "city", "--influx-username", "writer", "--influx-password", "secret",
                "--consumer-group", "energy-2", "--catalogue", "/etc/cityops/catalogue.yaml",
                "--max-out-of-orderness", "10s", "--idleness", "1min", "--allowed-lateness", "3h",
                "--max-future-skew", "2min", "--checkpoint-interval", "30s", "--replay-lag", "6h",
                "--stats-interval", "15s"});

        EnergyJobConfig config = options.config();
        assertThat(config.influx().database()).isEqualTo("city");
        assertThat(config.influx().username()).isEqualTo("writer");
        assertThat(config.consumerGroup()).isEqualTo("energy-2");
        assertThat(options.catalogue()).isEqualTo(Path.of("/etc/cityops/catalogue.yaml"));
        assertThat(config.maxOutOfOrderness()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.idleness()).isEqualTo(Duration.ofMinutes(1));
        assertThat(config.allowedLateness()).isEqualTo(Duration.ofHours(3));
        assertThat(config.maxFutureSkew()).isEqualTo(Duration.ofMinutes(2));
        assertThat(config.checkpointInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.replayLag()).isEqualTo(Duration.ofHours(6));
        assertThat(config.statsInterval()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void anOptionOfAnotherJobIsRefusedByName() {
        assertThatThrownBy(() -> EnergyJobOptions.parse(new String[] {
                "--kafka-bootstrap-servers", "kafka:9092", "--influx-url", "http://influx:8086", "--feed-stop-after", "5min"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown option --feed-stop-after");
    }

    @Test
    void badValuesNameTheirOption() {
        assertThatThrownBy(() -> EnergyJobOptions.parse(new String[] {"--kafka-bootstrap-servers", "kafka:9092"}))
                .hasMessage("option --influx-url is required");
        assertThatThrownBy(() -> EnergyJobOptions.parse(new String[] {
                "--kafka-bootstrap-servers", "kafka:9092", "--influx-url", "http://influx:8086", "--replay-lag", "later"}))
                .hasMessageStartingWith("option --replay-lag must be a duration");
        assertThatThrownBy(() -> EnergyJobOptions.parse(new String[] {
                "--kafka-bootstrap-servers", "kafka:9092", "--influx-url", "http://influx:8086", "--replay-lag", "0s"}))
                .hasMessageContaining("replayLag");
    }
}
