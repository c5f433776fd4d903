package io.cityops.ingest.catalogue;

import io.cityops.ingest.reading.EnergyCarrier;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A meter counting one carrier for one entity; it is also a {@link Sensor} of kind energy.
 *
 * @param id         sensor id on the wire
 * @param entity     the entity it belongs to
 * @param carrier    what it counts (decides its counter key)
 * @param maxPerHour the most the entity can plausibly use in an hour, native units; a larger
 *                   advance of the counter is a fault, not consumption
 */
public record EnergyMeter(String id, String entity, EnergyCarrier carrier, BigDecimal maxPerHour) implements Serializable {
    public EnergyMeter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(maxPerHour, "maxPerHour");
    }

    public String counterKey() {
        return carrier.counterKey();
    }
}
