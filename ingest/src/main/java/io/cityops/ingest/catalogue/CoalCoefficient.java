package io.cityops.ingest.catalogue;

import io.cityops.ingest.reading.EnergyCarrier;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A standard-coal conversion coefficient.
 *
 * @param carrier     what it converts
 * @param method      for electricity the method the coefficient belongs to, otherwise {@code null}
 * @param kgcePerUnit kilograms of standard coal per native unit of the carrier
 * @param source      where the figure comes from
 */
public record CoalCoefficient(EnergyCarrier carrier, ElectricityMethod method, BigDecimal kgcePerUnit, String source)
        implements Serializable {
    public CoalCoefficient {
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(kgcePerUnit, "kgcePerUnit");
        Objects.requireNonNull(source, "source");
    }
}
