package io.cityops.jobs.air;

import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.CatalogueLoader;
import io.cityops.ingest.reading.Reading;
import io.cityops.ingest.reading.ReadingCodec;
import io.cityops.ingest.reading.SensorKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/** Shared test data of the air tests: catalogues, times in Asia/Shanghai, readings. */
final class AirFixtures {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Duration LATENESS = Duration.ofHours(2);
    static final long HOUR = Duration.ofHours(1).toMillis();
    static final long MINUTE = Duration.ofMinutes(1).toMillis();

    /** Qianfeng national control station: all six pollutants every 5 minutes. */
    static final String STATION = "aq-wbl-0001";
    /** Xiayuan national control station. */
    static final String STATION_2 = "aq-wbl-0002";

    /**
     * A small district: one sub-district with three reference stations, a micro-station and an
     * energy meter, and a second sub-district with no station.
     */
    static final String SMALL_CATALOGUE = """
            version: "test"
            timeZone: Asia/Shanghai
            regions:
              - id: d
                name: District
                level: DISTRICT
                children:
                  - id: d-north
                    name: North
                    children:
                      - {id: d-north-c1, name: North 1}
                  - id: d-south
                    name: South
            sensors:
              - {id: s1, name: S1, kind: air, class: NATIONAL_CONTROL, measures: [pm25, pm10, so2, no2, co, o3], region: d-north-c1, lat: 37.8, lon: 112.5, intervalSeconds: 300}
              - {id: s2, name: S2, kind: air, class: REFERENCE, measures: [pm25, pm10, so2, no2, co, o3], region: d-north-c1, lat: 37.8, lon: 112.5, intervalSeconds: 300}
              - {id: s3, name: S3, kind: air, class: REFERENCE, measures: [pm25, pm10, so2, no2, co, o3], region: d-north, lat: 37.8, lon: 112.5, intervalSeconds: 300}
              - {id: m1, name: M1, kind: air, class: MICRO, measures: [pm25, pm10], region: d-north-c1, lat: 37.8, lon: 112.5, intervalSeconds: 60}
              - {id: e1, name: E1, kind: energy, class: METER, measures: [electricity_kwh], region: d-north-c1, lat: 37.8, lon: 112.5, intervalSeconds: 900, entity: works}
            targets:
              - {id: t1, region: d, indicator: good_day_ratio, value: 72, unit: "%", year: 2026, direction: AT_LEAST, source: test}
              - {id: t2, region: d, indicator: pm25_annual_mean, value: 38, unit: "µg/m³", year: 2026, direction: AT_MOST, source: test}
            """;

    private AirFixtures() {
    }

    static Catalogue wanbailin() {
        return CatalogueLoader.loadDefault();
    }

    static Catalogue small() {
        return CatalogueLoader.parse(SMALL_CATALOGUE, "small-test-catalogue");
    }

    /** A local time in Asia/Shanghai, for instance {@code local("2026-11-28T08:00")}. */
    static Instant local(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    static long localMs(String localDateTime) {
        return local(localDateTime).toEpochMilli();
    }

    /** Values by pollutant key, from alternating key/value arguments: {@code values("pm25", 35.0, "co", 0.8)}. */
    static Map<String, Double> values(Object... keyValues) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            values.put((String) keyValues[i], ((Number) keyValues[i + 1]).doubleValue());
        }
        return values;
    }

    static Reading reading(String sensor, Instant ts, long seq, Map<String, Double> values) {
        return new Reading(sensor, SensorKind.AIR, ts, seq, values);
    }

    static AirSample sample(String sensor, Instant ts, long seq, Map<String, Double> values) {
        Reading reading = reading(sensor, ts, seq, values);
        return AirSample.of(reading, ReadingCodec.encodeToString(reading));
    }
}
