package io.cityops.ingest.catalogue;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An energy user with its own quota.
 *
 * @param id              stable id, tag of its series
 * @param name            display name
 * @param type            enterprise, public building or residential aggregate
 * @param sector          what it does, for instance {@code coal_power_heat}, {@code cement}
 * @param region          the region it lies in (a community or sub-district)
 * @param latitude        WGS-84 latitude (its meters stand there)
 * @param longitude       WGS-84 longitude
 * @param annualQuotaTce  the year's energy quota, tonnes of standard coal
 * @param annualQuotaTco2 the year's CO2 quota, tonnes
 * @param dailyBudgetTce  what one day may use, tonnes of standard coal
 */
public record EnergyEntity(
        String id, String name, EnergyEntityType type, String sector, String region, double latitude, double longitude,
        BigDecimal annualQuotaTce, BigDecimal annualQuotaTco2, BigDecimal dailyBudgetTce) implements Serializable {
    public EnergyEntity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(annualQuotaTce, "annualQuotaTce");
        Objects.requireNonNull(annualQuotaTco2, "annualQuotaTco2");
        Objects.requireNonNull(dailyBudgetTce, "dailyBudgetTce");
    }
}
