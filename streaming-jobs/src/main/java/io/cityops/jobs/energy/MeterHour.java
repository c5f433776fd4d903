package io.cityops.jobs.energy;

/**
 * A meter's complete consumption in one local clock hour: emitted once, when the meter has reported at
 * or after the hour's end, so every advance of its counter that touches the hour is known.
 *
 * @param meter     the meter
 * @param hourStart start of the hour, epoch ms
 * @param totals    the consumption
 */
public record MeterHour(String meter, long hourStart, EnergyTotals totals) {
}
