package io.cityops.jobs.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityops.ingest.reading.ReadingCodec;
import io.cityops.ingest.reading.ReadingValidator;
import io.cityops.jobs.common.RawReading;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ValidateNetworkReadingsTest {

    private OneInputStreamOperatorTestHarness<RawReading, NetworkSample> harness;

    @BeforeEach
    void setUp() throws Exception {
        var catalogue = NetworkFixtures.catalogue();
        Clock clock = Clock.fixed(NetworkFixtures.T0.plus(Duration.ofDays(1)), ZoneOffset.UTC);
        harness = ProcessFunctionTestHarnesses.forProcessFunction(new ValidateNetworkReadings(
                new ReadingValidator(catalogue, Duration.ofMinutes(5)), new NetworkTopology(catalogue), clock));
    }

    @AfterEach
    void tearDown() throws Exception {
        harness.close();
    }

    private void send(byte[] payload) throws Exception {
        send("key", payload);
    }

    private void send(String key, byte[] payload) throws Exception {
        harness.processElement(new StreamRecord<>(new RawReading(key, payload, 0)));
    }

    private static byte[] text(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aCellReportBecomesASampleOfItsSiteAndSector() throws Exception {
        send(ReadingCodec.encode(NetworkFixtures.cellReading(NetworkFixtures.SOUTH_1, 2, 15, true, 63.5, 1.25)));
        send(ReadingCodec.encode(NetworkFixtures.powerReading(NetworkFixtures.SOUTH_1, 5, 2900)));

        assertThat(harness.extractOutputValues()).hasSize(2);
        NetworkSample cell = harness.extractOutputValues().get(0);
        assertThat(cell.site()).isEqualTo(NetworkFixtures.SOUTH_1);
        assertThat(cell.cell()).isEqualTo(2);
        assertThat(cell.prbDlPct()).isEqualTo(63.5);
        NetworkSample meter = harness.extractOutputValues().get(1);
        assertThat(meter.isCellReport()).isFalse();
        assertThat(meter.powerW()).isEqualTo(2900.0);
    }

    @Test
    void badNetworkReadingsAreDeadLetteredAndOtherKindsLeftToTheirJobs() throws Exception {
        String ts = NetworkFixtures.T0.toString();
        send(text("{\"sensorId\":\"g5-north-001-1\",\"kind\":\"network\",\"ts\":\"" + ts + "\",\"values\":{\"prb_dl_pct\":140}}"));
        send(text("{\"sensorId\":\"g5-nowhere-1\",\"kind\":\"network\",\"ts\":\"" + ts + "\",\"values\":{\"available\":1}}"));
        send(text("{\"sensorId\":\"g5-north-001-1\",\"kind\":\"network\",\"ts\":\"" + ts + "\",\"values\":{\"power_w\":3000}}"));
        send(text("{\"sensorId\":\"aq-1\",\"kind\":\"air\",\"ts\":\"" + ts + "\",\"values\":{\"pm25\":10}}"));
        send("g5-north-001-1", text("{\"sensorId\":\"g5-north-001-1\",\"kind\":"));
        send("aq-1", text("{\"sensorId\":\"aq-1\",\"kind\":"));

        assertThat(harness.extractOutputValues()).isEmpty();
        assertThat(harness.getSideOutput(ValidateNetworkReadings.DEAD_LETTERS))
                .extracting(r -> r.getValue().reason())
                .containsExactly("impossible_value", "unknown_sensor", "unknown_value", "malformed_json");
    }
}
