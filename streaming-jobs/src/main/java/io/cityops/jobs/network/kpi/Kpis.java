package io.cityops.jobs.network.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The KPIs of one subject over one span, as shown and stored. A KPI without data is null.
 *
 * @param availabilityPct available cell-periods ÷ reported cell-periods × 100 (availability =
 *                        (period − unavailable time) ÷ period, with the period as the unit of time)
 * @param prbDlPct        mean DL PRB utilisation, %
 * @param prbUlPct        mean UL PRB utilisation, %
 * @param rrcUsers        RRC-connected users (sum over the subject's cells, mean over periods)
 * @param dlMbps          mean DL UE throughput, Mbit/s
 * @param ulMbps          mean UL UE throughput, Mbit/s
 * @param latencyMs       mean latency, ms
 * @param trafficGb       data volume, GB
 * @param powerW          mean power, W (sum over sites)
 * @param energyKwh       energy, kWh
 * @param gbPerKwh        energy efficiency, GB per kWh (traffic ÷ energy), null without energy
 * @param bitPerJoule     energy efficiency as TS 28.554 §6.7.1 defines it: data volume in bit ÷ energy in J
 */
public record Kpis(BigDecimal availabilityPct, BigDecimal prbDlPct, BigDecimal prbUlPct, BigDecimal rrcUsers,
                   BigDecimal dlMbps, BigDecimal ulMbps, BigDecimal latencyMs, BigDecimal trafficGb, BigDecimal powerW,
                   BigDecimal energyKwh, BigDecimal gbPerKwh, BigDecimal bitPerJoule) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** 1 GB = 8 × 10^9 bit (decimal gigabytes, as the volume counters). */
    private static final BigDecimal BITS_PER_GB = new BigDecimal("8E9");
    /** 1 kWh = 3.6 × 10^6 J. */
    private static final BigDecimal JOULES_PER_KWH = new BigDecimal("3.6E6");

    static Kpis of(KpiSums s) {
        BigDecimal availability = s.cellPeriods() == 0 ? null
                : BigDecimal.valueOf(s.availableCellPeriods()).multiply(HUNDRED)
                        .divide(BigDecimal.valueOf(s.cellPeriods()), 3, RoundingMode.HALF_EVEN);
        BigDecimal rrc = s.cellPeriods() == 0 ? null : perPeriod(s.rrcUsersTotal(), s.periods());
        BigDecimal power = s.powerPeriods() == 0 ? null : perPeriod(s.powerWTotal(), s.powerPeriods());
        BigDecimal traffic = s.cellPeriods() == 0 ? null : plain(s.trafficGb());
        BigDecimal energy = s.powerPeriods() == 0 ? null : s.energyKwh().setScale(6, RoundingMode.HALF_EVEN);
        BigDecimal gbPerKwh = null;
        BigDecimal bitPerJoule = null;
        if (traffic != null && s.energyKwh().signum() > 0) {
            gbPerKwh = s.trafficGb().divide(s.energyKwh(), 4, RoundingMode.HALF_EVEN);
            bitPerJoule = s.trafficGb().multiply(BITS_PER_GB)
                    .divide(s.energyKwh().multiply(JOULES_PER_KWH), 2, RoundingMode.HALF_EVEN);
        }
        return new Kpis(availability, s.prbDl().value(2), s.prbUl().value(2), rrc, s.dlMbps().value(2),
                s.ulMbps().value(2), s.latencyMs().value(2), traffic, power, energy, gbPerKwh, bitPerJoule);
    }

    private static BigDecimal perPeriod(BigDecimal total, long periods) {
        return periods == 0 ? null : total.divide(BigDecimal.valueOf(periods), 2, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
