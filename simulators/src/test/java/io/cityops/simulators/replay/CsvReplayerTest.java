package io.cityops.simulators.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.CatalogueLoader;
import io.cityops.ingest.reading.ParseResult;
import io.cityops.ingest.reading.Reading;
import io.cityops.ingest.reading.ReadingValidator;
import io.cityops.simulators.publish.CollectingPublisher;
import io.cityops.simulators.time.ManualWallClock;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReplayerTest {

    private static final String SAMPLE = "samples/air-two-stations-one-day.csv";

    @Test
    void theShippedSamplesParseWithoutBadRowsAndPassTheValidator() throws Exception {
        Catalogue catalogue = CatalogueLoader.loadDefault();
        ReadingValidator validator = new ReadingValidator(catalogue, Duration.ZERO);
        for (String name : new String[] {SAMPLE, "samples/air-long-format.csv"}) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
                CsvReplayer replayer = CsvReplayer.open(in, name, ReplayConfig.defaults());
                assertThat(replayer.parsed().badRows()).as(name).isEmpty();
                assertThat(replayer.readings()).as(name).isNotEmpty().allSatisfy(r ->
                        assertThat(validator.validate(r, r.ts())).isInstanceOf(ParseResult.Accepted.class));
            }
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SAMPLE)) {
            assertThat(CsvReplayer.open(in, SAMPLE, ReplayConfig.defaults()).readings()).hasSize(48);
        }
    }

    @Test
    void asFastAsPossiblePublishesEverythingInTimeOrderWithoutWaiting() throws Exception {
        ManualWallClock wall = new ManualWallClock(Instant.parse("2026-03-01T00:00:00Z"));
        CollectingPublisher publisher = new CollectingPublisher();
        CsvReplayer replayer = sample(ReplayConfig.defaults());

        assertThat(replayer.replay(publisher, wall)).isEqualTo(48);

        assertThat(publisher.readings()).isEqualTo(replayer.readings());
        assertThat(publisher.readings().stream().map(Reading::ts).toList()).isSorted();
        assertThat(wall.sleeps()).isEmpty();
    }

    @Test
    void aSpeedUpPacesTheReplayAndAShiftMovesTheFirstReadingToTheGivenInstant() throws Exception {
        ManualWallClock wall = new ManualWallClock(Instant.parse("2026-03-01T00:00:00Z"));
        CollectingPublisher publisher = new CollectingPublisher();
        Instant shiftTo = Instant.parse("2026-12-01T00:00:00Z");
        CsvReplayer replayer = sample(ReplayConfig.defaults().withSpeedUp(3600).withShiftTo(shiftTo));

        replayer.replay(publisher, wall);

        assertThat(publisher.readings().get(0).ts()).isEqualTo(shiftTo);
        assertThat(publisher.readings().get(47).ts()).isEqualTo(shiftTo.plus(Duration.ofHours(23)));
        // 23 simulated hours at 3,600× take 23 wall seconds
        assertThat(wall.elapsed()).isEqualTo(Duration.ofSeconds(23));
    }

    @Test
    void aFileWithBadRowsIsReplayedWithoutThem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("history.csv");
        Files.writeString(file, """
                sensorId,ts,pm25
                aq-wbl-0001,2026-01-15T08:00,80
                aq-wbl-0001,2026-01-15T09:00,n/a
                aq-wbl-0001,2026-01-15T10:00,90
                """);
        CollectingPublisher publisher = new CollectingPublisher();

        CsvReplayer replayer = CsvReplayer.open(file, ReplayConfig.defaults());
        replayer.replay(publisher, new ManualWallClock(Instant.EPOCH));

        assertThat(replayer.parsed().badRows()).extracting(BadRow::line).containsExactly(3L);
        assertThat(publisher.readings()).extracting(r -> r.values().get("pm25")).containsExactly(80.0, 90.0);
    }

    @Test
    void aMissingFileIsReportedByName(@TempDir Path dir) {
        assertThatThrownBy(() -> CsvReplayer.open(dir.resolve("nope.csv"), ReplayConfig.defaults()))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("nope.csv");
    }

    private CsvReplayer sample(ReplayConfig config) throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SAMPLE)) {
            return CsvReplayer.open(in, SAMPLE, config);
        }
    }
}
