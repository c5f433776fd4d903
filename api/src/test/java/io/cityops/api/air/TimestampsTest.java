package io.cityops.api.air;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cityops.api.problem.BadParameterException;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimestampsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "2026-11-28T08:00:00+08:00, 2026-11-28T00:00:00Z",
            "2026-11-28T00:00:00Z, 2026-11-28T00:00:00Z",
            "2026-11-28T08:00:00 08:00, 2026-11-28T00:00:00Z",
            "2026-11-28T08:00, 2026-11-28T00:00:00Z",
            "2026-11-28, 2026-11-27T16:00:00Z",
            "1795824000000, 2026-11-28T00:00:00Z"})
    void readsTheAcceptedForms(String text, String expected) {
        assertThat(Timestamps.parse("from", text, SHANGHAI)).isEqualTo(Instant.parse(expected));
    }

    @Test
    void namesTheParameterOfAnUnreadableTime() {
        assertThatThrownBy(() -> Timestamps.parse("to", "yesterday", SHANGHAI))
                .isInstanceOfSatisfying(BadParameterException.class, e -> assertThat(e.parameter()).isEqualTo("to"))
                .hasMessageContaining("yesterday");
    }
}
