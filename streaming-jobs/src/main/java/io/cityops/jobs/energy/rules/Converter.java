package io.cityops.jobs.energy.rules;

import io.cityops.ingest.catalogue.CoalCoefficient;
import io.cityops.ingest.catalogue.EmissionFactor;
import io.cityops.ingest.catalogue.EnergyCatalogue;
import io.cityops.ingest.reading.EnergyCarrier;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Converts native amounts to standard coal (GB/T 2589 coefficients, electricity by the catalogue's
 * method) and CO2 (the factor of the figures' year). Products of exact decimals are exact: 1,000 kWh at
 * 0.1229 kgce/kWh is 0.1229 tce, not a binary approximation of it.
 */
public final class Converter implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final BigDecimal KG_PER_TONNE = BigDecimal.valueOf(1000);

    private final EnergyCatalogue catalogue;

    public Converter(EnergyCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    /** {@code amount} of {@code carrier} consumed in {@code year}. */
    public Quantity convert(EnergyCarrier carrier, BigDecimal amount, int year) {
        return new Quantity(amount, tce(carrier, amount), tco2(carrier, amount, year));
    }

    public BigDecimal tce(EnergyCarrier carrier, BigDecimal amount) {
        CoalCoefficient coefficient = catalogue.coefficient(carrier)
                .orElseThrow(() -> new IllegalStateException("the catalogue has no coefficient for " + carrier.counterKey()));
        return tonnes(amount.multiply(coefficient.kgcePerUnit()));
    }

    public BigDecimal tco2(EnergyCarrier carrier, BigDecimal amount, int year) {
        EmissionFactor factor = catalogue.emissionFactor(carrier, year)
                .orElseThrow(() -> new IllegalStateException("the catalogue has no emission factor for " + carrier.counterKey()));
        return tonnes(amount.multiply(factor.kgCo2PerUnit()));
    }

    private static BigDecimal tonnes(BigDecimal kilograms) {
        // Division by 10^3 only moves the decimal point: exact.
        BigDecimal t = kilograms.movePointLeft(3);
        return t.signum() == 0 ? BigDecimal.ZERO : Decimals.plain(t);
    }
}
