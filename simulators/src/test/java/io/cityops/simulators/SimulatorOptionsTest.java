package io.cityops.simulators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SimulatorOptionsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void readsEverySimulationOption() throws Exception {
        SimulatorOptions o = SimulatorOptions.parse(new String[] {
            "--kind", "air", "--mqtt", "tcp://127.0.0.1:1883", "--seed", "7", "--start", "2026-01-10T00:00",
            "--speed-up", "60", "--duration", "P2D", "--rate", "500", "--faults", "off", "--invalid-rate=0.01",
            "--episode", "2026-01-10T18:00+08:00/P3D/250", "--episode", "2026-01-20T12:00/PT36H/180", "--qos", "0",
            "--catalogue", "cat.yaml"});

        assertThat(o.command()).isEqualTo(SimulatorOptions.Command.SIMULATE);
        assertThat(o.target()).isEqualTo(new SimulatorOptions.Target.Mqtt("tcp://127.0.0.1:1883"));
        assertThat(o.seed()).isEqualTo(7);
        assertThat(o.start(SHANGHAI)).contains(Instant.parse("2026-01-09T16:00:00Z"));
        assertThat(o.speedUp()).isEqualTo(60);
        assertThat(o.duration()).contains(Duration.ofDays(2));
        assertThat(o.rate()).isEqualTo(500);
        assertThat(o.faults()).isFalse();
        assertThat(o.invalidRate()).isEqualTo(0.01);
        assertThat(o.qos()).isZero();
        assertThat(o.catalogue()).contains(Path.of("cat.yaml"));
        assertThat(o.episodes(SHANGHAI)).hasSize(2);
        assertThat(o.episodes(SHANGHAI).get(1).start()).isEqualTo(Instant.parse("2026-01-20T04:00:00Z"));
        assertThat(o.episodes(SHANGHAI).get(1).peakPm25()).isEqualTo(180);
    }

    @Test
    void defaultsAreRealTimeFromNowWithFaultsOn() throws Exception {
        SimulatorOptions o = SimulatorOptions.parse(new String[] {"--kafka", "127.0.0.1:9092"});

        assertThat(o.target()).isEqualTo(new SimulatorOptions.Target.Kafka("127.0.0.1:9092"));
        assertThat(o.start(SHANGHAI)).isEmpty();
        assertThat(o.speedUp()).isEqualTo(1);
        assertThat(o.faults()).isTrue();
        assertThat(o.seed()).isEqualTo(42);
        assertThat(o.duration()).isEmpty();
        assertThat(o.qos()).isEqualTo(1);
    }

    @Test
    void aRateWithoutASpeedUpRunsTheClockAsFastAsTheRateAllowsAndMaxMeansInfinite() throws Exception {
        assertThat(SimulatorOptions.parse(new String[] {"--stdout", "--rate", "100"}).speedUp()).isInfinite();
        assertThat(SimulatorOptions.parse(new String[] {"--stdout", "--speed-up", "max"}).speedUp()).isInfinite();
        assertThat(SimulatorOptions.parse(new String[] {"--stdout", "--start", "now"}).start(SHANGHAI)).isEmpty();
    }

    @Test
    void readsTheReplayCommand() throws Exception {
        SimulatorOptions o = SimulatorOptions.parse(new String[] {
            "replay", "--file", "x.csv", "--stdout", "--zone", "UTC", "--speed-up", "3600", "--shift-to", "now"});

        assertThat(o.command()).isEqualTo(SimulatorOptions.Command.REPLAY);
        assertThat(o.file()).contains(Path.of("x.csv"));
        assertThat(o.zone()).contains(ZoneId.of("UTC"));
        assertThat(o.speedUp()).isEqualTo(3600);
        Instant now = Instant.parse("2026-05-01T10:00:00Z");
        assertThat(o.shiftTo(SHANGHAI, now)).contains(now);
        assertThat(SimulatorOptions.parse(new String[] {"replay", "--file", "x.csv", "--stdout"}).speedUp()).isZero();
        assertThat(SimulatorOptions.parse(new String[] {"replay", "--file", "x.csv", "--stdout"}).shiftTo(SHANGHAI, now)).isEqualTo(Optional.empty());
    }

    @Test
    void badOptionsAreRejectedWithAMessageNamingTheOption() {
        assertProblem("say where readings go", "--seed", "1");
        assertProblem("only one of", "--stdout", "--mqtt", "tcp://h:1883");
        assertProblem("--mqtt must be a broker URI", "--mqtt", "127.0.0.1:1883");
        assertProblem("--kafka must be HOST:PORT", "--kafka", "localhost");
        assertProblem("unknown option --speed", "--stdout", "--speed", "3");
        assertProblem("--speed-up must be at least 0", "--stdout", "--speed-up", "-2");
        assertProblem("--speed-up must be positive", "--stdout", "--speed-up", "0");
        assertProblem("--duration must be ISO-8601", "--stdout", "--duration", "2h");
        assertProblem("--faults must be on or off", "--stdout", "--faults", "yes");
        assertProblem("--invalid-rate must be between 0 and 1", "--stdout", "--invalid-rate", "2");
        assertProblem("--start: not an ISO-8601 time", "--stdout", "--start", "yesterday");
        assertProblem("--episode", "--stdout", "--episode", "2026-01-10T18:00/P3D");
        assertProblem("--catch-up needs a --start", "--stdout", "--catch-up");
        assertProblem("only the air simulator", "--stdout", "--kind", "energy");
        assertProblem("--seed must be a whole number", "--stdout", "--seed", "abc");
        assertProblem("--qos must be between 0 and 2", "--stdout", "--qos", "3");
        assertProblem("needs a value", "--stdout", "--seed");
        assertProblem("unexpected argument 'extra'", "--stdout", "extra");
        assertProblem("given twice", "--stdout", "--seed", "1", "--seed", "2");
        assertProblem("replay needs --file", "replay", "--stdout");
        assertProblem("unknown option --episode for replay", "replay", "--file", "x.csv", "--stdout", "--episode", "x");
    }

    private static void assertProblem(String message, String... args) {
        assertThatThrownBy(() -> SimulatorOptions.parse(args)).isInstanceOf(UsageException.class).hasMessageContaining(message);
    }
}
