package io.cityops.ingest.catalogue;

import io.cityops.ingest.reading.EnergyCarrier;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A CO2 emission factor.
 *
 * @param carrier      what burns or is bought
 * @param year         the year the factor was published for, or {@code null} when it applies to every year
 * @param kgCo2PerUnit kilograms of CO2 per native unit of the carrier
 * @param source       where the figure comes from
 */
public record EmissionFactor(EnergyCarrier carrier, Integer year, BigDecimal kgCo2PerUnit, String source) implements Serializable {
    public EmissionFactor {
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(kgCo2PerUnit, "kgCo2PerUnit");
        Objects.requireNonNull(source, "source");
    }
}
