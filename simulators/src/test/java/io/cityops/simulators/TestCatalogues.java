package io.cityops.simulators;

import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.Region;
import io.cityops.ingest.catalogue.RegionLevel;
import io.cityops.ingest.catalogue.Sensor;
import io.cityops.ingest.catalogue.SensorClass;
import io.cityops.ingest.reading.SensorKind;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Small catalogues built in code, so the tests state exactly which stations exist. */
public final class TestCatalogues {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final List<String> ALL_SIX = List.of("pm25", "pm10", "so2", "no2", "co", "o3");

    private TestCatalogues() {
    }

    public static Sensor station(String id, SensorClass sensorClass, List<String> measures, int intervalSeconds) {
        return new Sensor(id, id, SensorKind.AIR, sensorClass, measures, "d-a", 37.87, 112.5, intervalSeconds, null);
    }

    public static Catalogue of(List<Sensor> sensors) {
        List<Region> regions = List.of(
                new Region("d", "District", "区", RegionLevel.DISTRICT, null, null),
                new Region("d-a", "Sub-district A", "甲", RegionLevel.SUB_DISTRICT, "d", null));
        return new Catalogue("test", SHANGHAI, regions, sensors, List.of(), Catalogue.AirRollup.referenceGradeOnly());
    }

    /** Two reference stations (all six pollutants, hourly), a micro-station and a dust monitor. */
    public static Catalogue smallHourly() {
        return of(List.of(
                station("ref-1", SensorClass.NATIONAL_CONTROL, ALL_SIX, 3600),
                station("ref-2", SensorClass.REFERENCE, ALL_SIX, 3600),
                station("micro-1", SensorClass.MICRO, List.of("pm25", "pm10"), 1800),
                station("dust-1", SensorClass.DUST_MONITOR, List.of("pm10"), 900)));
    }

    public static Catalogue plus(Catalogue catalogue, Sensor extra) {
        List<Sensor> sensors = new ArrayList<>(catalogue.sensors());
        sensors.add(extra);
        return of(sensors);
    }
}
