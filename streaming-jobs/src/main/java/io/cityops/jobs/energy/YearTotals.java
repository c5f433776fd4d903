package io.cityops.jobs.energy;

/**
 * A subject's consumption in one local year as far as the job has seen it.
 *
 * @param totals    the sum
 * @param firstSeen start of the earliest hour that contributed, epoch ms
 * @param asOf      end of the latest hour that contributed, epoch ms
 */
public record YearTotals(EnergyTotals totals, long firstSeen, long asOf) {
}
