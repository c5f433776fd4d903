package io.cityops.jobs.energy;

import io.cityops.ingest.reading.EnergyCarrier;
import io.cityops.jobs.energy.rules.Quantity;
import java.math.BigDecimal;

/**
 * Consumption of a period: standard coal, CO2 and each carrier in its native unit. Sums are exact.
 */
public record EnergyTotals(BigDecimal tce, BigDecimal tco2, BigDecimal electricityKwh, BigDecimal gasM3, BigDecimal heatGj,
                           BigDecimal coalKg) {

    public static final EnergyTotals ZERO = new EnergyTotals(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO, BigDecimal.ZERO);

    public static EnergyTotals of(EnergyCarrier carrier, Quantity quantity) {
        BigDecimal amount = quantity.nativeAmount();
        BigDecimal zero = BigDecimal.ZERO;
        return new EnergyTotals(quantity.tce(), quantity.tco2(),
                carrier == EnergyCarrier.ELECTRICITY ? amount : zero,
                carrier == EnergyCarrier.GAS ? amount : zero,
                carrier == EnergyCarrier.HEAT ? amount : zero,
                carrier == EnergyCarrier.COAL ? amount : zero);
    }

    public EnergyTotals plus(EnergyTotals other) {
        return new EnergyTotals(tce.add(other.tce), tco2.add(other.tco2), electricityKwh.add(other.electricityKwh),
                gasM3.add(other.gasM3), heatGj.add(other.heatGj), coalKg.add(other.coalKg));
    }

    public BigDecimal nativeAmount(EnergyCarrier carrier) {
        return switch (carrier) {
            case ELECTRICITY -> electricityKwh;
            case GAS -> gasM3;
            case HEAT -> heatGj;
            case COAL -> coalKg;
        };
    }
}
