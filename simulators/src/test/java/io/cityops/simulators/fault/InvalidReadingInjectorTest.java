package io.cityops.simulators.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.CatalogueLoader;
import io.cityops.ingest.reading.ParseResult;
import io.cityops.ingest.reading.Reading;
import io.cityops.ingest.reading.ReadingCodec;
import io.cityops.ingest.reading.ReadingValidator;
import io.cityops.ingest.reading.RejectReason;
import io.cityops.simulators.air.AirQualityModel;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InvalidReadingInjectorTest {

    private static final Catalogue WANBAILIN = CatalogueLoader.loadDefault();

    @Test
    void injectedReadingsAreWellFormedJsonThatTheValidatorRejectsAsUnknownSensorOrImpossibleValue() {
        InvalidReadingInjector source = new InvalidReadingInjector(
                new AirQualityModel(WANBAILIN, 3).readings(Instant.parse("2026-02-01T00:00:00Z")), 0.05, 3);
        ReadingValidator validator = new ReadingValidator(WANBAILIN, Duration.ZERO);
        Map<RejectReason, Integer> rejected = new EnumMap<>(RejectReason.class);
        int accepted = 0;
        Instant previousDue = Instant.MIN;

        for (int i = 0; i < 20_000; i++) {
            Instant due = source.nextDue().orElseThrow();
            assertThat(due).isAfterOrEqualTo(previousDue);
            previousDue = due;
            Reading r = source.next();
            ParseResult result = validator.validate(ReadingCodec.encode(r), r.ts());
            if (result instanceof ParseResult.Rejected rejection) {
                rejected.merge(rejection.reason(), 1, Integer::sum);
                assertThat(r.seq()).isNull();
            } else {
                accepted++;
            }
        }

        assertThat(rejected.keySet()).containsExactlyInAnyOrder(RejectReason.UNKNOWN_SENSOR, RejectReason.IMPOSSIBLE_VALUE);
        int invalid = rejected.values().stream().mapToInt(Integer::intValue).sum();
        // The last reading taken may have an invalid companion still waiting to be taken.
        assertThat((long) invalid).isBetween(source.injected() - 1, source.injected());
        assertThat(invalid).isBetween(700, 1200);
        assertThat(accepted + invalid).isEqualTo(20_000);
    }

    @Test
    void aZeroRateInjectsNothing() {
        InvalidReadingInjector source = new InvalidReadingInjector(
                new AirQualityModel(WANBAILIN, 3).readings(Instant.parse("2026-02-01T00:00:00Z")), 0, 3);
        for (int i = 0; i < 5000; i++) {
            assertThat(source.next().sensorId()).doesNotStartWith(InvalidReadingInjector.UNKNOWN_PREFIX);
        }
        assertThat(source.injected()).isZero();
    }
}
