package io.cityops.jobs.air;

import static io.cityops.jobs.air.AirFixtures.values;

import io.cityops.ingest.reading.Reading;
import io.cityops.ingest.reading.SensorKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Readings of two reference stations every 5 minutes, with values whose hourly means are easy to
 * work out by hand. Station 1, hour h: PM2.5 alternating 40.0/41.0 (mean 40.5), PM10 80 + h, SO2 10,
 * NO2 alternating 30.0/30.1 (30.05), CO alternating 4.0/4.1 (4.05), O3 60 + 2h. Station 2: PM2.5 60,
 * PM10 100, SO2 12, NO2 40, CO 1.2, O3 50 + h.
 */
final class AirTraffic {

    static final Duration INTERVAL = Duration.ofMinutes(5);
    static final int PER_HOUR = 12;

    private AirTraffic() {
    }

    static Map<String, Double> station1(int hour, int index) {
        boolean odd = index % 2 == 1;
        return values("pm25", odd ? 41.0 : 40.0, "pm10", 80 + hour, "so2", 10, "no2", odd ? 30.1 : 30.0,
                "co", odd ? 4.1 : 4.0, "o3", 60 + 2 * hour);
    }

    static Map<String, Double> station2(int hour, int index) {
        return values("pm25", 60, "pm10", 100, "so2", 12, "no2", 40, "co", 1.2, "o3", 50 + hour);
    }

    interface Profile {
        Map<String, Double> values(int hour, int index);
    }

    /** A station's readings, one every 5 minutes, for {@code hours} hours from {@code start}; seq counts from 1. */
    static List<Reading> readings(String sensor, Instant start, int hours, Profile profile) {
        List<Reading> readings = new ArrayList<>();
        long seq = 0;
        for (int h = 0; h < hours; h++) {
            for (int i = 0; i < PER_HOUR; i++) {
                Instant ts = start.plus(Duration.ofHours(h)).plus(INTERVAL.multipliedBy(i));
                readings.add(new Reading(sensor, SensorKind.AIR, ts, ++seq, profile.values(h, i)));
            }
        }
        return readings;
    }

    /** Several stations' readings merged in time order, as a network would deliver them. */
    @SafeVarargs
    static List<Reading> inTimeOrder(List<Reading>... stations) {
        List<Reading> all = new ArrayList<>();
        for (List<Reading> station : stations) {
            all.addAll(station);
        }
        all.sort(Comparator.comparing(Reading::ts).thenComparing(Reading::sensorId));
        return all;
    }
}
