package io.cityops.jobs.energy.rules;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of energy in the three units the monitor reports: the carrier's native unit, tonnes of
 * standard coal and tonnes of CO2. Sums are exact.
 *
 * @param nativeAmount in the carrier's unit (kWh, m³, GJ, kg); meaningless when carriers are mixed
 * @param tce          tonnes of standard coal equivalent
 * @param tco2         tonnes of CO2
 */
public record Quantity(BigDecimal nativeAmount, BigDecimal tce, BigDecimal tco2) implements Serializable {

    public static final Quantity ZERO = new Quantity(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    public Quantity {
        Objects.requireNonNull(nativeAmount, "nativeAmount");
        Objects.requireNonNull(tce, "tce");
        Objects.requireNonNull(tco2, "tco2");
    }

    public Quantity plus(Quantity other) {
        return new Quantity(nativeAmount.add(other.nativeAmount), tce.add(other.tce), tco2.add(other.tco2));
    }
}
