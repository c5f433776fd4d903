package io.cityops.jobs.air;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityops.ingest.reading.DeadLetter;
import io.cityops.ingest.reading.ReadingValidator;
import io.cityops.jobs.common.RawReading;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ValidateReadingsTest {

    private static final Instant NOW = Instant.parse("2026-11-28T08:00:00Z");

    private OneInputStreamOperatorTestHarness<RawReading, AirSample> harness;

    @BeforeEach
    void setUp() throws Exception {
        ReadingValidator validator = new ReadingValidator(AirFixtures.small(), Duration.ofMinutes(5));
        harness = ProcessFunctionTestHarnesses.forProcessFunction(
                new ValidateReadings(validator, Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    @AfterEach
    void tearDown() throws Exception {
        harness.close();
    }

    @Test
    void validAirReadingContinuesWithItsValuesAndPayload() throws Exception {
        String payload = "{\"sensorId\":\"s1\",\"kind\":\"air\",\"ts\":\"2026-11-28T15:55:00+08:00\",\"seq\":3,"
                + "\"values\":{\"pm25\":35.5,\"co\":0.9}}";
        send(payload);

        assertThat(harness.extractOutputValues()).singleElement().satisfies(sample -> {
            assertThat(sample.sensorId()).isEqualTo("s1");
            assertThat(sample.eventTime()).isEqualTo(Instant.parse("2026-11-28T07:55:00Z").toEpochMilli());
            assertThat(sample.seq()).isEqualTo(3L);
            assertThat(sample.pm25()).isEqualTo(35.5);
            assertThat(sample.co()).isEqualTo(0.9);
            assertThat(sample.o3()).isNull();
            assertThat(sample.payload()).isEqualTo(payload);
        });
        assertThat(deadLetters()).isEmpty();
    }

    @Test
    void rejectedPayloadsBecomeDeadLettersWithReasonAndOriginalPayload() throws Exception {
        send("{\"sensorId\":\"s1\",");
        send("{\"sensorId\":\"nobody\",\"kind\":\"air\",\"ts\":\"2026-11-28T07:00:00Z\",\"values\":{\"pm25\":35}}");
        send("{\"sensorId\":\"s1\",\"kind\":\"air\",\"ts\":\"2026-11-28T09:00:00Z\",\"values\":{\"pm25\":35}}");
        send("{\"sensorId\":\"s1\",\"kind\":\"air\",\"ts\":\"2026-11-28T07:00:00Z\",\"values\":{\"pm25\":-4}}");

        assertThat(harness.extractOutputValues()).isEmpty();
        List<DeadLetter> letters = deadLetters();
        assertThat(letters).extracting(DeadLetter::reason)
                .containsExactly("malformed_json", "unknown_sensor", "future_timestamp", "impossible_value");
        assertThat(letters).allSatisfy(letter -> {
            assertThat(letter.stage()).isEqualTo(DeadLetter.STAGE_VALIDATION);
            assertThat(letter.rejectedAt()).isEqualTo(NOW);
        });
        assertThat(letters.get(0).payload()).isEqualTo("{\"sensorId\":\"s1\",");
        assertThat(letters.get(1).sensorId()).isEqualTo("nobody");
    }

    @Test
    void validReadingsOfOtherKindsAreNotThisJobsBusiness() throws Exception {
        send("{\"sensorId\":\"e1\",\"kind\":\"energy\",\"ts\":\"2026-11-28T07:00:00Z\",\"values\":{\"electricity_kwh\":1200}}");

        assertThat(harness.extractOutputValues()).isEmpty();
        assertThat(deadLetters()).isEmpty();
    }

    private void send(String payload) throws Exception {
        harness.processElement(new RawReading("k", payload.getBytes(StandardCharsets.UTF_8), 0L), 0L);
    }

    private List<DeadLetter> deadLetters() {
        var records = harness.getSideOutput(ValidateReadings.DEAD_LETTERS);
        return records == null ? List.of() : records.stream().map(StreamRecord::getValue).toList();
    }
}
