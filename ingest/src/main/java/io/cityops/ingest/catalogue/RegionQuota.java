package io.cityops.ingest.catalogue;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A region's annual quotas (district or sub-district).
 *
 * @param region          the region
 * @param annualQuotaTce  energy, tonnes of standard coal
 * @param annualQuotaTco2 CO2, tonnes
 */
public record RegionQuota(String region, BigDecimal annualQuotaTce, BigDecimal annualQuotaTco2) implements Serializable {
    public RegionQuota {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(annualQuotaTce, "annualQuotaTce");
        Objects.requireNonNull(annualQuotaTco2, "annualQuotaTco2");
    }
}
