package io.cityops.jobs.network.kpi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.Objects;

/**
 * The exact sums behind the network KPIs of one subject (cell, site or region) over one span of time
 * (a reporting period, an hour, a day). Two ways to combine: {@link #plusSubject} adds another subject's
 * sums for the same period (cells into their site, sites into their region), {@link #plusPeriod} adds
 * the same subject's next period (periods into hours and days). They differ only for quantities that
 * are totals at an instant (RRC users, power): those add across subjects but average across periods.
 *
 * @param periods            reporting periods covered (for averaging instantaneous totals over time)
 * @param cellPeriods        cell-periods reported
 * @param availableCellPeriods cell-periods reported available
 * @param prbDl              DL PRB utilisation per cell-period, %
 * @param prbUl              UL PRB utilisation per cell-period, %
 * @param dlMbps             DL UE throughput per cell-period, Mbit/s
 * @param ulMbps             UL UE throughput per cell-period, Mbit/s
 * @param latencyMs          latency per cell-period, ms
 * @param rrcUsersTotal      RRC-connected users, summed over subjects, summed over periods
 * @param powerWTotal        mean power, W, summed over subjects, summed over periods
 * @param powerPeriods       periods with a power figure (power averages over these, not over all periods)
 * @param trafficGb          data volume, GB
 * @param energyKwh          energy, kWh
 */
public record KpiSums(long periods, long cellPeriods, long availableCellPeriods, Mean prbDl, Mean prbUl, Mean dlMbps,
                      Mean ulMbps, Mean latencyMs, BigDecimal rrcUsersTotal, BigDecimal powerWTotal, long powerPeriods,
                      BigDecimal trafficGb, BigDecimal energyKwh) {

    private static final BigDecimal WH_PER_KWH = BigDecimal.valueOf(1000);
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    public static final KpiSums EMPTY = new KpiSums(0, 0, 0, Mean.NONE, Mean.NONE, Mean.NONE, Mean.NONE, Mean.NONE,
            BigDecimal.ZERO, BigDecimal.ZERO, 0, BigDecimal.ZERO, BigDecimal.ZERO);

    public KpiSums {
        Objects.requireNonNull(prbDl, "prbDl");
        Objects.requireNonNull(prbUl, "prbUl");
        Objects.requireNonNull(dlMbps, "dlMbps");
        Objects.requireNonNull(ulMbps, "ulMbps");
        Objects.requireNonNull(latencyMs, "latencyMs");
        Objects.requireNonNull(rrcUsersTotal, "rrcUsersTotal");
        Objects.requireNonNull(powerWTotal, "powerWTotal");
        Objects.requireNonNull(trafficGb, "trafficGb");
        Objects.requireNonNull(energyKwh, "energyKwh");
    }

    /** One cell's report for one period. A report without the availability flag counts as available. */
    public static KpiSums ofCell(CellCounters c) {
        boolean available = c.available() == null || c.available() >= 1.0;
        return new KpiSums(1, 1, available ? 1 : 0, Mean.of(c.prbDlPct()), Mean.of(c.prbUlPct()), Mean.of(c.dlMbps()),
                Mean.of(c.ulMbps()), Mean.of(c.latencyMs()), decimal(c.rrcUsers()), BigDecimal.ZERO, 0,
                decimal(c.trafficGb()), BigDecimal.ZERO);
    }

    /**
     * A site's power over one period from its meter's samples: mean power, and energy = mean power ×
     * period length (PEE.Energy of TS 28.552 is the same integral, sampled).
     */
    public static KpiSums ofPower(Mean powerSamples, Duration period) {
        if (powerSamples.count() == 0) {
            return EMPTY;
        }
        BigDecimal meanW = powerSamples.sum().divide(BigDecimal.valueOf(powerSamples.count()), MathContext.DECIMAL64);
        BigDecimal energyKwh = meanW.multiply(BigDecimal.valueOf(period.toSeconds()))
                .divide(SECONDS_PER_HOUR.multiply(WH_PER_KWH), MathContext.DECIMAL64);
        return new KpiSums(1, 0, 0, Mean.NONE, Mean.NONE, Mean.NONE, Mean.NONE, Mean.NONE, BigDecimal.ZERO, meanW, 1,
                BigDecimal.ZERO, energyKwh);
    }

    /** Another subject's sums for the same period(s). */
    public KpiSums plusSubject(KpiSums o) {
        return combine(o, Math.max(periods, o.periods), Math.max(powerPeriods, o.powerPeriods));
    }

    /** The same subject's sums for later period(s). */
    public KpiSums plusPeriod(KpiSums o) {
        return combine(o, periods + o.periods, powerPeriods + o.powerPeriods);
    }

    private KpiSums combine(KpiSums o, long combinedPeriods, long combinedPowerPeriods) {
        return new KpiSums(combinedPeriods, cellPeriods + o.cellPeriods, availableCellPeriods + o.availableCellPeriods,
                prbDl.plus(o.prbDl), prbUl.plus(o.prbUl), dlMbps.plus(o.dlMbps), ulMbps.plus(o.ulMbps),
                latencyMs.plus(o.latencyMs), rrcUsersTotal.add(o.rrcUsersTotal), powerWTotal.add(o.powerWTotal),
                combinedPowerPeriods, trafficGb.add(o.trafficGb), energyKwh.add(o.energyKwh));
    }

    public Kpis kpis() {
        return Kpis.of(this);
    }

    private static BigDecimal decimal(Double value) {
        return value == null ? BigDecimal.ZERO : BigDecimal.valueOf(value);
    }
}
