package io.cityops.api.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.cityops.ingest.catalogue.Region;
import io.cityops.ingest.catalogue.Sensor;
import io.cityops.ingest.catalogue.Target;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The catalogue as the API shows it. */
final class CatalogueViews {

    private CatalogueViews() {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record RegionView(String id, String name, @Nullable String nameZh, String level, @Nullable String parent,
                      @Nullable Long population) {
        static RegionView of(Region region) {
            return new RegionView(region.id(), region.name(), region.nameZh(), Names.code(region.level()), region.parent(),
                    region.population());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SensorView(String id, String name, String kind, String sensorClass, List<String> measures, String region,
                      @Nullable String subDistrict, double latitude, double longitude, int reportingIntervalSeconds,
                      @Nullable String entity) {
        static SensorView of(Sensor sensor, @Nullable String subDistrict) {
            return new SensorView(sensor.id(), sensor.name(), sensor.kind().wireName(), Names.code(sensor.sensorClass()),
                    sensor.measures(), sensor.region(), subDistrict, sensor.latitude(), sensor.longitude(),
                    sensor.reportingIntervalSeconds(), sensor.entity());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TargetView(String id, String region, String indicator, double value, String unit, int year, String direction,
                      String source) {
        static TargetView of(Target target) {
            return new TargetView(target.id(), target.region(), target.indicator(), target.value(), target.unit(),
                    target.year(), Names.code(target.direction()), target.source());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Regions(String version, String timeZone, List<RegionView> regions) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Sensors(String version, @Nullable String region, @Nullable String kind, List<SensorView> sensors) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Targets(String version, @Nullable String region, List<TargetView> targets) {
    }
}
