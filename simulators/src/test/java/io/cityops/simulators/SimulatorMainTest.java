package io.cityops.simulators;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityops.ingest.catalogue.CatalogueLoader;
import io.cityops.ingest.reading.ParseResult;
import io.cityops.ingest.reading.ReadingValidator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatorMainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void simulatesTenMinutesOfTheDefaultCatalogueToStandardOutput() {
        int code = run("--stdout", "--start", "2026-01-10T08:00", "--duration", "PT10M", "--speed-up", "max", "--faults", "off");

        assertThat(code).as(text(err)).isZero();
        List<String> lines = text(out).lines().toList();
        // 14 stations every 5 minutes, 30 every minute
        assertThat(lines).hasSize(14 * 2 + 30 * 10);
        ReadingValidator validator = new ReadingValidator(CatalogueLoader.loadDefault(), Duration.ZERO);
        assertThat(lines).allSatisfy(line -> assertThat(validator.validate(line.getBytes(StandardCharsets.UTF_8),
                Instant.parse("2026-01-10T00:10:00Z"))).isInstanceOf(ParseResult.Accepted.class));
        assertThat(text(err)).contains("published 328 readings");
    }

    @Test
    void theSameCommandLinePrintsTheSameReadings() {
        String[] args = {"--stdout", "--start", "2026-07-01T14:00+08:00", "--duration", "PT5M", "--speed-up", "max", "--seed", "9"};
        run(args);
        String first = text(out);
        out.reset();
        run(args);

        assertThat(text(out)).isEqualTo(first).isNotEmpty();
    }

    @Test
    void badOptionsPrintTheUsageAndExitWithTwo() {
        int code = run("--stdout", "--speed-up", "fast");

        assertThat(code).isEqualTo(2);
        assertThat(text(err)).contains("error: --speed-up must be a number", "Usage:", "replay --file");
        assertThat(text(out)).isEmpty();
    }

    @Test
    void helpPrintsTheUsageAndExitsWithZero() {
        assertThat(run("--help")).isZero();
        assertThat(text(out)).startsWith("Usage:");
    }

    @Test
    void anUnreachableBrokerIsAClearFailure() {
        int code = run("--mqtt", "tcp://127.0.0.1:1", "--duration", "PT1M");

        assertThat(code).isEqualTo(1);
        assertThat(text(err)).contains("cannot connect to the MQTT broker at tcp://127.0.0.1:1");
    }

    @Test
    void replaysACsvFileReportingBadRowsByLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("history.csv");
        Files.writeString(file, """
                sensorId,ts,pollutant,value
                aq-wbl-0001,2026-01-15T08:00,pm25,80
                aq-wbl-0001,2026-01-15T08:00,pm10,130
                aq-wbl-0001,2026-01-15T09:00,pm25,oops
                aq-wbl-0001,2026-01-15T09:00,pm10,140
                """);

        int code = run("replay", "--file", file.toString(), "--stdout", "--shift-to", "2026-02-01T00:00Z");

        assertThat(code).as(text(err)).isZero();
        assertThat(text(out).lines().toList()).containsExactly(
                "{\"sensorId\":\"aq-wbl-0001\",\"kind\":\"air\",\"ts\":\"2026-02-01T00:00:00Z\",\"values\":{\"pm25\":80.0,\"pm10\":130.0}}",
                "{\"sensorId\":\"aq-wbl-0001\",\"kind\":\"air\",\"ts\":\"2026-02-01T01:00:00Z\",\"values\":{\"pm10\":140.0}}");
        assertThat(text(err)).contains("skipped line 4: pm25 'oops' is not a number", "1 bad rows skipped", "published 2 readings");
    }

    @Test
    void aMissingReplayFileIsAFailureNotAUsageError(@TempDir Path dir) {
        int code = run("replay", "--file", dir.resolve("none.csv").toString(), "--stdout");

        assertThat(code).isEqualTo(1);
        assertThat(text(err)).contains("no such CSV file");
    }

    private int run(String... args) {
        return SimulatorMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false);
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
