package io.cityops.simulators.air;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.reading.Reading;
import io.cityops.simulators.TestCatalogues;
import io.cityops.simulators.fault.FaultConfig;
import io.cityops.simulators.publish.CollectingPublisher;
import io.cityops.simulators.publish.PublisherException;
import io.cityops.simulators.publish.ReadingPublisher;
import io.cityops.simulators.time.ManualWallClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AirSimulationTest {

    private static final Catalogue CATALOGUE = TestCatalogues.smallHourly();
    private static final Instant START = Instant.parse("2026-01-10T00:00:00Z");

    @Test
    void aBoundedRunPublishesTheSupplierSequenceAndFinishes() throws Exception {
        CollectingPublisher publisher = new CollectingPublisher();
        AirSimulationConfig config = AirSimulationConfig.defaults().withSeed(4).withStart(START).asFastAsPossible()
                .withDuration(Duration.ofDays(1)).withFaults(FaultConfig.none());

        try (AirSimulation simulation = AirSimulation.start(config, CATALOGUE, publisher)) {
            assertThat(simulation.awaitCompletion(Duration.ofSeconds(30))).isTrue();
            // 2 reference stations hourly, a micro-station half-hourly, a dust monitor every 15 minutes
            assertThat(simulation.sent()).isEqualTo(24 + 24 + 48 + 96);
            assertThat(simulation.failure()).isEmpty();
            assertThat(simulation.isRunning()).isFalse();
        }
        AirReadingSupplier expected = new AirQualityModel(CATALOGUE, 4).readings(START);
        assertThat(publisher.readings()).allSatisfy(r -> assertThat(r).isEqualTo(expected.next()));
    }

    @Test
    void aRunAtSixtyTimesIsPacedBySimulatedTime() throws Exception {
        ManualWallClock wall = new ManualWallClock(Instant.parse("2026-03-01T00:00:00Z"));
        CollectingPublisher publisher = new CollectingPublisher();
        AirSimulationConfig config = AirSimulationConfig.defaults().withStart(START).withSpeedUp(60)
                .withDuration(Duration.ofHours(6)).withFaults(FaultConfig.none());

        try (AirSimulation simulation = AirSimulation.start(config, CATALOGUE, publisher, wall)) {
            assertThat(simulation.awaitCompletion(Duration.ofSeconds(30))).isTrue();
        }
        assertThat(publisher.readings()).hasSize(6 + 6 + 12 + 24);
        // the last reading is due 5 h 45 min in: 5.75 wall minutes at 60×
        assertThat(wall.elapsed()).isEqualTo(Duration.ofSeconds(345));
    }

    @Test
    void closeStopsALiveRunPromptly() {
        CollectingPublisher publisher = new CollectingPublisher();
        AirSimulationConfig config = AirSimulationConfig.defaults().withFaults(FaultConfig.none());
        AirSimulation simulation = AirSimulation.start(config, CATALOGUE, publisher);

        assertThat(simulation.isRunning()).isTrue();
        simulation.close();

        assertThat(simulation.isRunning()).isFalse();
        assertThat(simulation.failure()).isEmpty();
        assertThat(simulation.start().getEpochSecond() % 60).isZero();
    }

    @Test
    void aCatchUpRunBackfillsThePastThenWaitsForRealTime() {
        CollectingPublisher publisher = new CollectingPublisher();
        Instant sixHoursAgo = Instant.now().minus(Duration.ofHours(6));
        AirSimulationConfig config = AirSimulationConfig.defaults().withStart(sixHoursAgo).withCatchUpThenRealTime(true)
                .withFaults(FaultConfig.none());

        try (AirSimulation simulation = AirSimulation.start(config, CATALOGUE, publisher)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> publisher.readings().size() >= 6 * (1 + 1 + 2 + 4) - 8);
            assertThat(simulation.isRunning()).isTrue();
        }
        assertThat(publisher.readings()).allSatisfy(r -> assertThat(r.ts()).isBefore(Instant.now().plusSeconds(1)));
    }

    @Test
    void aPublisherFailureEndsTheRunAndIsReportedByClose() throws Exception {
        ReadingPublisher broken = new ReadingPublisher() {
            @Override
            public void publish(Reading reading) {
                throw new PublisherException("broker gone");
            }

            @Override
            public void flush() {
            }

            @Override
            public long sent() {
                return 0;
            }

            @Override
            public void close() {
            }
        };
        AirSimulationConfig config = AirSimulationConfig.defaults().withStart(START).asFastAsPossible().withFaults(FaultConfig.none());

        AirSimulation simulation = AirSimulation.start(config, CATALOGUE, broken);
        assertThat(simulation.awaitCompletion(Duration.ofSeconds(10))).isTrue();

        assertThat(simulation.failure()).get().extracting(Throwable::getMessage).isEqualTo("broker gone");
        assertThatThrownBy(simulation::close).isInstanceOf(IllegalStateException.class).hasMessageContaining("broker gone");
    }

    @Test
    void theConfigRejectsImpossibleSettings() {
        AirSimulationConfig defaults = AirSimulationConfig.defaults();
        assertThatThrownBy(() -> defaults.withSpeedUp(-1)).hasMessageContaining("speedUp");
        assertThatThrownBy(() -> defaults.withDuration(Duration.ofSeconds(-5))).hasMessageContaining("duration");
        assertThatThrownBy(() -> defaults.withInvalidRate(1.5)).hasMessageContaining("invalidRate");
        assertThatThrownBy(() -> defaults.withMaxMessagesPerSecond(Double.NaN)).hasMessageContaining("maxMessagesPerSecond");
        assertThatThrownBy(() -> defaults.withFaults(FaultConfig.none().withLate(2))).hasMessageContaining("late");
        assertThat(defaults.withEpisodes(List.of()).episodes()).isEmpty();
    }
}
