package io.cityops.api.air;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityops.api.influx.InfluxRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AirPointMapperTest {

    private static final Instant START = Instant.parse("2026-11-28T00:00:00Z");
    private final AirPointMapper mapper = new AirPointMapper(ZoneId.of("Asia/Shanghai"));

    @Test
    void aRevisionThatLostItsAqiShowsNoAqiEvenThoughTheOldFieldRemains() {
        // InfluxDB merged the revision into the old point: aqi and category of revision 0 are still there.
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("aqi", 87L);
        values.put("aqi_available", false);
        values.put("category", "good");
        values.put("primary", "pm10");
        values.put("iaqi_pm10", 87L);
        values.put("revision", 1L);
        values.put("standard", "HJ 633-2026");

        AirPoint point = mapper.map(new InfluxRow(START, values), Resolution.HOUR, false);

        assertThat(point.aqi()).isNull();
        assertThat(point.category()).isNull();
        assertThat(point.primaryPollutants()).isEmpty();
        assertThat(point.iaqi()).containsExactly(Map.entry("pm10", 87));
        assertThat(point.revision()).isEqualTo(1);
    }

    @Test
    void shapesAHourWithItsIaqiAndConcentrations() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("aqi", 130L);
        values.put("c_co", new BigDecimal("1.2"));
        values.put("c_pm10", new BigDecimal("140"));
        values.put("c_pm25", new BigDecimal("98.5"));
        values.put("category", "lightly_polluted");
        values.put("final", true);
        values.put("iaqi_co", 12L);
        values.put("iaqi_pm10", 95L);
        values.put("iaqi_pm25", 130L);
        values.put("primary", "pm25");
        values.put("revision", 2L);
        values.put("standard", "HJ 633-2026");
        values.put("subject", "aq-1");
        values.put("valid", true);

        AirPoint point = mapper.map(new InfluxRow(START, values), Resolution.HOUR, false);

        assertThat(point.start()).isEqualTo(OffsetDateTime.parse("2026-11-28T08:00:00+08:00"));
        assertThat(point.end()).isEqualTo(OffsetDateTime.parse("2026-11-28T09:00:00+08:00"));
        assertThat(point.aqi()).isEqualTo(130);
        assertThat(point.category()).isEqualTo("lightly_polluted");
        assertThat(point.primaryPollutants()).containsExactly("pm25");
        assertThat(point.iaqi()).containsExactly(Map.entry("pm25", 130), Map.entry("pm10", 95), Map.entry("co", 12));
        assertThat(point.concentrations()).containsExactly(Map.entry("pm25", new BigDecimal("98.5")),
                Map.entry("pm10", new BigDecimal("140")), Map.entry("co", new BigDecimal("1.2")));
        assertThat(point.standard()).isEqualTo("HJ 633-2026");
        assertThat(point.revision()).isEqualTo(2);
        assertThat(point.isFinal()).isTrue();
        assertThat(point.valid()).isTrue();
        assertThat(point.coverage()).isNull();
    }

    @Test
    void anAbsentAqiMeansNoAqiCategoryOrPrimaryPollutant() {
        Map<String, Object> values = Map.of("category", "good", "primary", "pm10", "iaqi_pm25", 40L,
                "c_pm25", new BigDecimal("28"));

        AirPoint point = mapper.map(new InfluxRow(START, values), Resolution.HOUR, false);

        assertThat(point.aqi()).isNull();
        assertThat(point.category()).isNull();
        assertThat(point.primaryPollutants()).isEmpty();
        assertThat(point.iaqi()).containsEntry("pm25", 40);
        assertThat(point.isFinal()).isFalse();
        assertThat(point.revision()).isZero();
    }

    @Test
    void splitsSeveralPrimaryPollutantsAndReadsAnEmptyListAsNone() {
        AirPoint tie = mapper.map(new InfluxRow(START, Map.of("aqi", 120L, "primary", "pm25,pm10")), Resolution.HOUR, false);
        AirPoint clean = mapper.map(new InfluxRow(START, Map.of("aqi", 40L, "primary", "")), Resolution.HOUR, false);

        assertThat(tie.primaryPollutants()).containsExactly("pm25", "pm10");
        assertThat(clean.primaryPollutants()).isEmpty();
    }

    @Test
    void aRegionCarriesItsStationCoverage() {
        AirPoint point = mapper.map(new InfluxRow(START, Map.of("aqi", 60L, "stations_reporting", 3L,
                "stations_expected", 4L)), Resolution.DAY, true);

        assertThat(point.coverage()).isEqualTo(new AirPoint.Coverage(3, 4));
        assertThat(point.end()).isEqualTo(OffsetDateTime.parse("2026-11-29T00:00:00+08:00"));
    }
}
