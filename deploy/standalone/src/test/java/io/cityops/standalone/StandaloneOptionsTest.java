package io.cityops.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cityops.ingest.reading.SensorKind;
import io.cityops.simulators.air.EpisodeScript;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class StandaloneOptionsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void defaultsMatchTheDocumentedPorts() {
        StandaloneOptions options = StandaloneOptions.defaults();

        assertThat(options.apiPort()).isEqualTo(8080);
        assertThat(options.mqttPort()).isEqualTo(1883);
        assertThat(options.kafkaPort()).isEqualTo(9092);
        assertThat(options.kafkaControllerPort()).isEqualTo(9093);
        assertThat(options.influxdbPort()).isEqualTo(8086);
        assertThat(options.influxdbUrl()).isEmpty();
        assertThat(options.dataDir()).isEqualTo(Path.of("var"));
        assertThat(options.simulators()).containsExactlyInAnyOrder(SensorKind.AIR, SensorKind.ENERGY, SensorKind.NETWORK);
    }

    @Test
    void defaultSimulationStartIsYesterdaysLocalMidnight() {
        Instant now = Instant.parse("2026-11-28T02:30:00Z"); // 10:30 in Taiyuan

        Instant start = StandaloneOptions.defaults().effectiveSimulationStart(SHANGHAI, now);

        assertThat(start).isEqualTo(Instant.parse("2026-11-26T16:00:00Z")); // 2026-11-27T00:00+08:00
    }

    @Test
    void acceptsBothOptionSpellings() {
        StandaloneOptions options = StandaloneOptions.parse(new String[] {
            "--api-port=9090", "--simulators", "none", "--start", "2026-02-28T00:00+08:00", "--influxdb-url", "http://db:8086"});

        assertThat(options.apiPort()).isEqualTo(9090);
        assertThat(options.simulators()).isEmpty();
        assertThat(options.effectiveSimulationStart(SHANGHAI, Instant.now()))
                .isEqualTo(Instant.parse("2026-02-27T16:00:00Z"));
        assertThat(options.influxdbUrl()).contains("http://db:8086");
    }

    @Test
    void collectsRepeatedEpisodes() {
        StandaloneOptions options = StandaloneOptions.parse(new String[] {
            "--episode", "2026-12-06T08:00+08:00/PT18H/260", "--episode=2026-12-08T20:00+08:00/P2D/180"});

        assertThat(options.episodes()).extracting(EpisodeScript::start)
                .containsExactly(Instant.parse("2026-12-06T00:00:00Z"), Instant.parse("2026-12-08T12:00:00Z"));
        assertThat(options.episodes()).extracting(EpisodeScript::peakPm25).containsExactly(260.0, 180.0);
        assertThat(StandaloneOptions.defaults().episodes()).isEmpty();
    }

    @Test
    void rejectsUnknownOptionsByName() {
        assertThatThrownBy(() -> StandaloneOptions.parse(new String[] {"--api-prot", "9090"}))
                .hasMessage("Unknown option --api-prot");
    }

    @Test
    void rejectsBadValuesNamingTheOption() {
        assertThatThrownBy(() -> StandaloneOptions.parse(new String[] {"--api-port", "eighty"}))
                .hasMessageContaining("--api-port");
        assertThatThrownBy(() -> StandaloneOptions.parse(new String[] {"--mqtt-port", "70000"}))
                .hasMessageContaining("--mqtt-port");
        assertThatThrownBy(() -> StandaloneOptions.parse(new String[] {"--start", "tomorrow"}))
                .hasMessageContaining("--start");
        assertThatThrownBy(() -> StandaloneOptions.parse(new String[] {"--simulators", "weather"}))
                .hasMessageContaining("--simulators");
        assertThatThrownBy(() -> StandaloneOptions.parse(new String[] {"--speed-up", "0"}))
                .hasMessageContaining("--speed-up");
        assertThatThrownBy(() -> StandaloneOptions.parse(new String[] {"--seed"}))
                .hasMessageContaining("--seed needs a value");
        assertThatThrownBy(() -> StandaloneOptions.parse(new String[] {"--episode", "2026-12-06T08:00+08:00/PT2H/260"}))
                .hasMessageContaining("--episode").hasMessageContaining("at least 12 hours");
    }
}
