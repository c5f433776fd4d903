package io.cityops.ingest.catalogue;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A region's economic output and, for past years, its recorded consumption: the denominators of the
 * intensities and the comparison figures of the barometer.
 *
 * @param region          the region
 * @param year            the calendar year
 * @param gdpBillionYuan  GDP (planned for the current year), billion yuan
 * @param tce             the year's total energy consumption, tonnes of standard coal, or {@code null}
 * @param tco2            the year's CO2 emissions, tonnes, or {@code null}
 * @param source          where the figures come from
 */
public record RegionYearFigures(String region, int year, BigDecimal gdpBillionYuan, BigDecimal tce, BigDecimal tco2,
                                String source) implements Serializable {
    public RegionYearFigures {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(gdpBillionYuan, "gdpBillionYuan");
        Objects.requireNonNull(source, "source");
    }
}
