package io.cityops.jobs.air;

/**
 * An hour as the report stage keeps it.
 *
 * @param means          the latest hourly means received
 * @param reportRevision revision of the hourly report last published
 * @param reported       whether an hourly report has been published
 */
public record HourEntry(HourlyMeans means, int reportRevision, boolean reported) {
}
