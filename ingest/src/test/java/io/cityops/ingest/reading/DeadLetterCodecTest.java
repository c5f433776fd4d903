package io.cityops.ingest.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeadLetterCodecTest {

    private static final Instant AT = Instant.parse("2026-11-28T08:00:01.250Z");

    @Test
    void writesTheFieldsOfTheInvalidTopicAndReadsThemBack() throws IOException {
        ParseResult.Rejected rejected = new ParseResult.Rejected("{\"sensorId\":\"aq-1\",\"values\":{\"pm25\":-1}}",
                RejectReason.IMPOSSIBLE_VALUE, "pm25 = -1 µg/m³ is below 0", "aq-1");
        DeadLetter letter = DeadLetter.of(rejected, AT, DeadLetter.STAGE_VALIDATION);

        byte[] json = DeadLetterCodec.encode(letter);
        JsonNode tree = new ObjectMapper().readTree(json);
        assertThat(tree.get("reason").asText()).isEqualTo("impossible_value");
        assertThat(tree.get("detail").asText()).isEqualTo("pm25 = -1 µg/m³ is below 0");
        assertThat(tree.get("sensorId").asText()).isEqualTo("aq-1");
        assertThat(tree.get("payload").asText()).isEqualTo(rejected.payload());
        assertThat(tree.get("rejectedAt").asText()).isEqualTo("2026-11-28T08:00:01.250Z");
        assertThat(tree.get("stage").asText()).isEqualTo("validation");

        DeadLetter back = DeadLetterCodec.decode(json);
        assertThat(back).isEqualTo(letter);
        assertThat(back.rejectReason()).contains(RejectReason.IMPOSSIBLE_VALUE);
    }

    @Test
    void keepsAnUnknownSensorAsNullAndAReasonOutsideTheEnumAsItsCode() {
        DeadLetter letter = new DeadLetter(DeadLetter.REASON_MALFORMED_TOPIC, "topic city/air is not a reading topic", null,
                "\u0000binary\uFFFD", AT, DeadLetter.STAGE_BRIDGE);
        byte[] json = DeadLetterCodec.encode(letter);
        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"sensorId\":null");
        DeadLetter back = DeadLetterCodec.decode(json);
        assertThat(back).isEqualTo(letter);
        assertThat(back.rejectReason()).isEmpty();
    }

    @Test
    void refusesBytesThatAreNotADeadLetter() {
        assertThatThrownBy(() -> DeadLetterCodec.decode("{\"reason\":\"x\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("detail");
        assertThatThrownBy(() -> DeadLetterCodec.decode("nope".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
