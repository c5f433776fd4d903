package io.cityops.ingest.catalogue;

import java.io.Serializable;
import io.cityops.ingest.reading.SensorKind;
import java.util.List;
import java.util.Objects;

/**
 * A catalogued sensor.
 *
 * @param id                       id used on the wire
 * @param name                     display name
 * @param kind                     air, energy or network
 * @param sensorClass              instrument grade
 * @param measures                 the value keys it reports (for air: pollutant keys)
 * @param region                   id of the community or sub-district it stands in
 * @param latitude                 WGS-84 latitude
 * @param longitude                WGS-84 longitude
 * @param reportingIntervalSeconds nominal interval between readings
 * @param entity                   owning entity (enterprise, building) for meters, else {@code null}
 */
public record Sensor(
        String id,
        String name,
        SensorKind kind,
        SensorClass sensorClass,
        List<String> measures,
        String region,
        double latitude,
        double longitude,
        int reportingIntervalSeconds,
        String entity) implements Serializable {
    public Sensor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sensorClass, "sensorClass");
        Objects.requireNonNull(region, "region");
        measures = List.copyOf(measures);
    }
}
