package io.cityops.jobs.energy;

/**
 * A subject's hour in state.
 *
 * @param totals        its consumption so far
 * @param finalEmitted  whether it was published as final
 */
public record HourEntry(EnergyTotals totals, boolean finalEmitted) {
}
