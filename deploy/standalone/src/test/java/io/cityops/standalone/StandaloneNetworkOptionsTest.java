package io.cityops.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cityops.ingest.reading.SensorKind;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StandaloneNetworkOptionsTest {

    @Test
    void theNetworkSimulatorRunsBesideTheAirOne() {
        StandaloneOptions options = StandaloneOptions.parse(new String[] {"--simulators", "air,network"});
        assertThat(options.simulators()).containsExactlyInAnyOrder(SensorKind.AIR, SensorKind.NETWORK);
        assertThat(options.networkOutage()).isEmpty();
    }

    @Test
    void aScriptedOutageStartsAfterTheLaunchForItsLength() {
        StandaloneOptions options = StandaloneOptions.parse(new String[] {"--network-outage", "g5-qianfeng-001@+10m/2h"});
        StandaloneOptions.NetworkOutage outage = options.networkOutage().orElseThrow();
        Instant launch = Instant.parse("2026-11-28T02:00:00Z");
        assertThat(outage.site()).isEqualTo("g5-qianfeng-001");
        assertThat(outage.start(launch)).isEqualTo(launch.plus(Duration.ofMinutes(10)));
        assertThat(outage.length()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void aScriptedOutageDefaultsToLaunchAndOneHourOrTakesAnInstant() {
        Instant launch = Instant.parse("2026-11-28T02:00:00Z");
        StandaloneOptions.NetworkOutage plain = StandaloneOptions.NetworkOutage.parse("g5-nanhan-003");
        assertThat(plain.start(launch)).isEqualTo(launch);
        assertThat(plain.length()).isEqualTo(Duration.ofHours(1));
        StandaloneOptions.NetworkOutage at = StandaloneOptions.NetworkOutage.parse("g5-nanhan-003@2026-11-28T10:30+08:00/45m");
        assertThat(at.start(launch)).isEqualTo(Instant.parse("2026-11-28T02:30:00Z"));
        assertThat(at.length()).isEqualTo(Duration.ofMinutes(45));
    }

    @Test
    void badSpecificationsNameTheOption() {
        assertThatThrownBy(() -> StandaloneOptions.parse(new String[] {"--network-outage", "g5-nanhan-003/forever"}))
                .hasMessageContaining("--network-outage");
        assertThatThrownBy(() -> StandaloneOptions.parse(new String[] {"--network-outage", "@+5m"}))
                .hasMessageContaining("--network-outage");
        assertThatThrownBy(() -> StandaloneOptions.parse(new String[] {"--simulators", "air,water"}))
                .hasMessageContaining("unknown kind 'water'");
    }
}
