package io.cityops.jobs.air;

import java.util.List;
import java.util.Objects;

/**
 * The 1-hour means of one station or region for one local hour.
 *
 * @param subject     station or region id
 * @param subjectType {@link AirSubjects#STATION} or {@link AirSubjects#REGION}
 * @param hourStart   start of the hour, epoch ms
 * @param means       valid means only (null where missing or below the validity rule)
 * @param valid       whether every pollutant the subject measures has a valid mean
 * @param stations    stations that contributed a valid mean (a station lists itself), sorted
 * @param expected    stations expected (1 for a station; the region's roll-up stations)
 * @param revision    how many times late data revised this hour (0 for the first publication)
 * @param finalResult true once the allowed lateness has passed and nothing can change any more
 */
public record HourlyMeans(String subject, String subjectType, long hourStart, PollutantValues means, boolean valid,
                          List<String> stations, int expected, int revision, boolean finalResult) {

    public HourlyMeans {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(means, "means");
        stations = stations == null ? List.of() : List.copyOf(stations);
    }

    public String key() {
        return AirSubjects.key(subjectType, subject);
    }

    public int reporting() {
        return stations.size();
    }

    /** Same figures (means, validity, coverage), whatever the revision and final flag. */
    public boolean sameFigures(HourlyMeans other) {
        return means.sameAs(other.means) && valid == other.valid && stations.equals(other.stations)
                && expected == other.expected;
    }
}
