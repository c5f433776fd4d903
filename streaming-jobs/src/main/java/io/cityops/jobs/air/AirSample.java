package io.cityops.jobs.air;

import io.cityops.ingest.reading.Pollutant;
import io.cityops.ingest.reading.Reading;
import io.cityops.jobs.common.ReadingIdentity;
import java.util.Objects;

/**
 * A validated air reading, as the air path carries it: the values as on the wire (null where the
 * reading has none) and the original payload, which a too-late reading's dead letter repeats.
 */
public record AirSample(String sensorId, long eventTime, Long seq, Double pm25, Double pm10, Double so2, Double no2,
                        Double co, Double o3, String payload) implements ReadingIdentity {

    public AirSample {
        Objects.requireNonNull(sensorId, "sensorId");
        Objects.requireNonNull(payload, "payload");
    }

    public static AirSample of(Reading reading, String payload) {
        var v = reading.values();
        return new AirSample(reading.sensorId(), reading.ts().toEpochMilli(), reading.seq(),
                v.get(Pollutant.PM25.key()), v.get(Pollutant.PM10.key()), v.get(Pollutant.SO2.key()),
                v.get(Pollutant.NO2.key()), v.get(Pollutant.CO.key()), v.get(Pollutant.O3.key()), payload);
    }

    public Double value(Pollutant pollutant) {
        return switch (pollutant) {
            case PM25 -> pm25;
            case PM10 -> pm10;
            case SO2 -> so2;
            case NO2 -> no2;
            case CO -> co;
            case O3 -> o3;
        };
    }
}
