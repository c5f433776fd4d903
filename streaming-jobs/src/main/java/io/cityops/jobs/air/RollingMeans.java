package io.cityops.jobs.air;

import io.cityops.ingest.reading.Pollutant;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;

/**
 * Rolling means over consecutive hours ending with a given hour, from valid hourly means only, with
 * the validity counts of GB 3095 (DOMAIN.md §1.3): 24-hour means need 20 of their 24 hours, 8-hour
 * O3 means 6 of 8.
 */
final class RollingMeans {

    static final int DAY_HOURS = 24;
    static final int DAY_MIN_VALID = 20;
    static final int EIGHT_HOURS = 8;
    static final int EIGHT_HOURS_MIN_VALID = 6;

    private RollingMeans() {
    }

    /**
     * The mean of the pollutant over the {@code window} hours ending with the hour starting at
     * {@code hourStart} (that hour and the {@code window - 1} before it), or null with fewer than
     * {@code minValid} valid hourly means.
     */
    static BigDecimal mean(NavigableMap<Long, HourlyMeans> hours, long hourStart, Pollutant pollutant, int window,
                           int minValid) {
        List<BigDecimal> values = new ArrayList<>(window);
        for (int back = 0; back < window; back++) {
            HourlyMeans hour = hours.get(hourStart - back * LocalPeriods.HOUR_MS);
            if (hour != null && hour.means().has(pollutant)) {
                values.add(hour.means().get(pollutant));
            }
        }
        return values.size() >= minValid ? Decimals.mean(values) : null;
    }

    static BigDecimal rolling24h(NavigableMap<Long, HourlyMeans> hours, long hourStart, Pollutant pollutant) {
        return mean(hours, hourStart, pollutant, DAY_HOURS, DAY_MIN_VALID);
    }

    static BigDecimal rolling8hO3(NavigableMap<Long, HourlyMeans> hours, long hourStart) {
        return mean(hours, hourStart, Pollutant.O3, EIGHT_HOURS, EIGHT_HOURS_MIN_VALID);
    }
}
