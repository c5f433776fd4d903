package io.cityops.jobs.energy;

/**
 * A meter hour on its way to one of the subjects it counts for: the meter itself, its entity, the
 * entity's sub-district and the district.
 *
 * @param subject     the subject id
 * @param subjectType meter, entity or region
 * @param hourStart   start of the hour, epoch ms
 * @param totals      the consumption
 */
public record Contribution(String subject, String subjectType, long hourStart, EnergyTotals totals) {
}
