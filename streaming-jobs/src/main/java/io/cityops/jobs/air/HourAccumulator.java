package io.cityops.jobs.air;

import io.cityops.ingest.reading.Pollutant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A station's readings of one hour so far, and what has been published of them.
 *
 * @param sums     per pollutant key
 * @param revision how many times the published means were revised by late readings
 * @param emitted  whether the means have been published
 */
public record HourAccumulator(Map<String, PollutantSum> sums, int revision, boolean emitted) {

    /** GB 3095: a 1-hour mean needs at least 45 minutes of data. */
    static final long MIN_COVERED_SECONDS = 45 * 60;

    public HourAccumulator {
        sums = sums == null ? Map.of() : Map.copyOf(sums);
    }

    public static HourAccumulator empty() {
        return new HourAccumulator(Map.of(), 0, false);
    }

    /**
     * The slot length of a sensor: its reporting interval, but at least a minute (so that an hour has
     * at most 60 slots and a fast sensor is judged by the minutes it covers).
     */
    static int slotSeconds(int reportingIntervalSeconds) {
        return Math.max(60, reportingIntervalSeconds);
    }

    public HourAccumulator plus(AirSample sample, long hourStart, int slotSeconds) {
        int slot = (int) Math.min(59, (sample.eventTime() - hourStart) / (slotSeconds * 1000L));
        Map<String, PollutantSum> more = new HashMap<>(sums);
        for (Pollutant p : Pollutant.values()) {
            Double value = sample.value(p);
            if (value != null) {
                more.merge(p.key(), PollutantSum.first(Decimals.of(value), slot),
                        (old, added) -> old.plus(added.sum(), slot));
            }
        }
        return new HourAccumulator(more, revision, emitted);
    }

    public HourAccumulator revised() {
        return new HourAccumulator(sums, revision + 1, true);
    }

    public HourAccumulator published() {
        return new HourAccumulator(sums, revision, true);
    }

    /** The valid 1-hour means: pollutants with at least 45 minutes of data. */
    public PollutantValues validMeans(int slotSeconds) {
        PollutantValues means = PollutantValues.NONE;
        for (Pollutant p : Pollutant.values()) {
            PollutantSum sum = sums.get(p.key());
            if (sum != null && sum.coveredSeconds(slotSeconds) >= MIN_COVERED_SECONDS) {
                means = means.with(p, sum.mean());
            }
        }
        return means;
    }

    /** Whether every measured pollutant has a valid mean. */
    public boolean complete(Set<Pollutant> measured, int slotSeconds) {
        PollutantValues means = validMeans(slotSeconds);
        return measured.stream().allMatch(means::has);
    }
}
