package io.cityops.jobs.energy;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityops.ingest.catalogue.CatalogueLoader;
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

class ValidateEnergyReadingsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    private OneInputStreamOperatorTestHarness<RawReading, EnergySample> harness;

    @BeforeEach
    void setUp() throws Exception {
        ReadingValidator validator = new ReadingValidator(CatalogueLoader.loadDefault(), Duration.ofMinutes(5));
        harness = ProcessFunctionTestHarnesses.forProcessFunction(new ValidateEnergyReadings(validator, Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    @AfterEach
    void tearDown() throws Exception {
        harness.close();
    }

    private void send(String payload) throws Exception {
        harness.processElement(new RawReading(null, payload.getBytes(StandardCharsets.UTF_8), 0), 0);
    }

    private List<DeadLetter> deadLetters() {
        var letters = harness.getSideOutput(ValidateEnergyReadings.DEAD_LETTERS);
        return letters == null ? List.of() : letters.stream().map(StreamRecord::getValue).toList();
    }

    @Test
    void aMeterReadingContinuesWithItsCounterExactlyAsSent() throws Exception {
        String payload = "{\"sensorId\":\"em-wbl-0009\",\"kind\":\"energy\",\"ts\":\"2026-12-01T15:45:00+08:00\",\"seq\":7,"
                + "\"values\":{\"electricity_kwh\":12345.678}}";
        send(payload);

        assertThat(harness.extractOutputValues()).singleElement().satisfies(sample -> {
            assertThat(sample.sensorId()).isEqualTo("em-wbl-0009");
            assertThat(sample.eventTime()).isEqualTo(Instant.parse("2026-12-01T07:45:00Z").toEpochMilli());
            assertThat(sample.counterKey()).isEqualTo("electricity_kwh");
            assertThat(sample.counter().toPlainString()).isEqualTo("12345.678");
            assertThat(sample.seq()).isEqualTo(7L);
            assertThat(sample.payload()).isEqualTo(payload);
        });
        assertThat(deadLetters()).isEmpty();
    }

    @Test
    void readingsOfOtherKindsAreLeftToTheirJobs() throws Exception {
        send("{\"sensorId\":\"aq-wbl-0001\",\"kind\":\"air\",\"ts\":\"2026-12-01T15:45:00+08:00\",\"values\":{\"pm25\":35}}");
        // an air reading rejected (unknown station) is the air job's dead letter, not a second one from here
        send("{\"sensorId\":\"aq-nowhere\",\"kind\":\"air\",\"ts\":\"2026-12-01T15:45:00+08:00\",\"values\":{\"pm25\":35}}");
        send("{not json");

        assertThat(harness.extractOutputValues()).isEmpty();
        assertThat(deadLetters()).isEmpty();
    }

    @Test
    void rejectedEnergyReadingsAreThisJobsDeadLetters() throws Exception {
        // a catalogued meter with a negative counter
        send("{\"sensorId\":\"em-wbl-0009\",\"kind\":\"energy\",\"ts\":\"2026-12-01T15:45:00+08:00\",\"values\":{\"electricity_kwh\":-1}}");
        // an unknown meter that says it is one
        send("{\"sensorId\":\"em-nowhere\",\"kind\":\"energy\",\"ts\":\"2026-12-01T15:45:00+08:00\",\"values\":{\"gas_m3\":1}}");
        // a meter sending another meter's key
        send("{\"sensorId\":\"em-wbl-0009\",\"kind\":\"energy\",\"ts\":\"2026-12-01T15:45:00+08:00\",\"values\":{\"gas_m3\":1}}");

        assertThat(harness.extractOutputValues()).isEmpty();
        assertThat(deadLetters()).extracting(DeadLetter::reason)
                .containsExactly("impossible_value", "unknown_sensor", "unknown_value");
        assertThat(deadLetters()).allSatisfy(letter -> assertThat(letter.stage()).isEqualTo(DeadLetter.STAGE_VALIDATION));
    }
}
