package io.cityops.simulators.fault;

/** How many readings each fault touched so far. */
public record FaultCounts(long stuck, long spiked, long dropped, long duplicated, long late, long outOfOrder) {
}
