package io.cityops.simulators.replay;

import io.cityops.ingest.reading.Reading;
import io.cityops.simulators.publish.ReadingPublisher;
import io.cityops.simulators.time.SimulatedClock;
import io.cityops.simulators.time.SimulationLoop;
import io.cityops.simulators.time.Throttle;
import io.cityops.simulators.time.TimedSource;
import io.cityops.simulators.time.WallClock;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes real historical readings from a CSV file (see {@link CsvReadingParser} for the format),
 * in time order, optionally shifted in time and paced by a speed-up (0 = as fast as possible).
 * Bad rows are reported with their line numbers when the file is opened and skipped.
 */
public final class CsvReplayer {

    private static final Logger LOG = LoggerFactory.getLogger(CsvReplayer.class);

    private final CsvParseResult parsed;
    private final ReplayConfig config;
    private final List<Reading> readings;

    private CsvReplayer(CsvParseResult parsed, ReplayConfig config) {
        this.parsed = parsed;
        this.config = config;
        this.readings = shifted(parsed.readings(), config.shiftTo());
    }

    /** Reads and checks the file; bad rows are logged as warnings and kept in {@link #parsed()}. */
    public static CsvReplayer open(Path file, ReplayConfig config) {
        Objects.requireNonNull(config, "config");
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parsed(new CsvReadingParser(config.zone(), config.kind()).parse(in, file.toString()), config, file.toString());
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("no such CSV file: " + file.toAbsolutePath(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    /** Reads a CSV from a stream (for instance a classpath sample). */
    public static CsvReplayer open(InputStream csv, String name, ReplayConfig config) {
        Objects.requireNonNull(config, "config");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            return parsed(new CsvReadingParser(config.zone(), config.kind()).parse(in, name), config, name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    private static CsvReplayer parsed(CsvParseResult result, ReplayConfig config, String name) {
        result.badRows().forEach(bad -> LOG.warn("{}: skipped {}", name, bad));
        LOG.info("{}: {} layout, {} readings from {} rows, {} bad rows skipped", name, result.layout(),
                result.readings().size(), result.dataRows(), result.badRows().size());
        return new CsvReplayer(result, config);
    }

    public CsvParseResult parsed() {
        return parsed;
    }

    /** The readings as they will be published (shifted when asked), in time order. */
    public List<Reading> readings() {
        return readings;
    }

    /** Publishes every reading, paced against the machine's clock; returns how many were published. */
    public long replay(ReadingPublisher publisher) throws InterruptedException {
        return replay(publisher, WallClock.system());
    }

    public long replay(ReadingPublisher publisher, WallClock wall) throws InterruptedException {
        if (readings.isEmpty()) {
            return 0;
        }
        Instant first = readings.get(0).ts();
        SimulatedClock clock = config.speedUp() == 0
                ? SimulatedClock.asFastAsPossible(first, Optional.empty(), wall)
                : SimulatedClock.of(first, config.speedUp(), Optional.empty(), wall);
        long published = new SimulationLoop<Reading>(new ListSource(readings), clock,
                Throttle.perSecond(config.maxMessagesPerSecond(), wall), publisher::publish).run();
        publisher.flush();
        return published;
    }

    private static List<Reading> shifted(List<Reading> readings, Optional<Instant> shiftTo) {
        if (readings.isEmpty() || shiftTo.isEmpty()) {
            return readings;
        }
        Duration by = Duration.between(readings.get(0).ts(), shiftTo.get());
        return readings.stream()
                .map(r -> new Reading(r.sensorId(), r.kind(), r.ts().plus(by), r.seq(), r.values()))
                .toList();
    }

    /** Readings due at their timestamps. */
    private static final class ListSource implements TimedSource<Reading> {
        private final Deque<Reading> queue;

        ListSource(List<Reading> readings) {
            this.queue = new ArrayDeque<>(readings);
        }

        @Override
        public Optional<Instant> nextDue() {
            Reading first = queue.peek();
            return first == null ? Optional.empty() : Optional.of(first.ts());
        }

        @Override
        public Reading next() {
            Reading first = queue.poll();
            if (first == null) {
                throw new NoSuchElementException();
            }
            return first;
        }
    }
}
