package io.cityops.ingest.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cityops.ingest.reading.SensorKind;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RuleObservationCodecTest {

    @Test
    void anObservationSurvivesTheWireWithItsExactValue() {
        RuleObservation sent = new RuleObservation("daily_budget_ratio", SensorKind.ENERGY, "entity", "ent-cement",
                "wbl-xiayuan", new BigDecimal("1.2300"), Instant.parse("2026-11-28T16:00:00Z"), true, "312.4 tce of 254.0");

        RuleObservation received = RuleObservationCodec.decode(RuleObservationCodec.encode(sent)).orElseThrow();

        assertThat(received).isEqualTo(sent);
    }

    @Test
    void otherIndicatorRecordsAreNotObservations() {
        byte[] hourly = "{\"type\":\"air_hourly\",\"subject\":\"wbl\",\"aqi\":87}".getBytes(StandardCharsets.UTF_8);

        assertThat(RuleObservationCodec.decode(hourly)).isEmpty();
    }

    @Test
    void aMalformedObservationSaysWhatIsWrong() {
        byte[] text = ("{\"type\":\"observation\",\"indicator\":\"available\",\"kind\":\"network\",\"subjectType\":\"site\","
                + "\"subject\":\"5g-001\",\"value\":\"down\",\"at\":\"2026-11-28T16:00:00Z\"}").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> RuleObservationCodec.decode(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("value must be a number");
    }
}
