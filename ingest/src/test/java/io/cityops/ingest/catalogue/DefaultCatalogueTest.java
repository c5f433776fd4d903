package io.cityops.ingest.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityops.ingest.reading.Pollutant;
import io.cityops.ingest.reading.SensorKind;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DefaultCatalogueTest {

    private static final Catalogue CATALOGUE = CatalogueLoader.loadDefault();
    private static final List<String> SIX = Arrays.stream(Pollutant.values()).map(Pollutant::key).toList();

    @Test
    void theDistrictIsWanbailinInShanghaiTime() {
        assertThat(CATALOGUE.district().id()).isEqualTo("wbl");
        assertThat(CATALOGUE.district().nameZh()).isEqualTo("万柏林区");
        assertThat(CATALOGUE.district().population()).isBetween(700_000L, 900_000L);
        assertThat(CATALOGUE.timeZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(CATALOGUE.airRollup()).isEqualTo(Catalogue.AirRollup.referenceGradeOnly());
    }

    @Test
    void hasTheFourteenSubDistrictsUnderTheDistrict() {
        assertThat(CATALOGUE.subDistricts()).hasSize(14)
                .allSatisfy(s -> assertThat(s.parent()).isEqualTo("wbl"))
                .extracting(Region::id).contains("wbl-xiayuan", "wbl-qianfeng", "wbl-wanghua");
        assertThat(CATALOGUE.children("wbl")).hasSize(14);
    }

    @Test
    void everySubDistrictHasTwoOrThreeCommunities() {
        for (Region subDistrict : CATALOGUE.subDistricts()) {
            assertThat(CATALOGUE.children(subDistrict.id())).as(subDistrict.id()).hasSizeBetween(2, 3)
                    .allSatisfy(c -> assertThat(c.level()).isEqualTo(RegionLevel.COMMUNITY));
        }
    }

    @Test
    void subDistrictPopulationsAddUpToTheDistrict() {
        long sum = CATALOGUE.subDistricts().stream().mapToLong(Region::population).sum();
        assertThat(sum).isEqualTo(CATALOGUE.district().population());
    }

    @Test
    void everySubDistrictHasAReferenceStationMeasuringAllSixPollutants() {
        for (Region subDistrict : CATALOGUE.subDistricts()) {
            assertThat(CATALOGUE.airRollupStationsWithin(subDistrict.id())).as(subDistrict.id())
                    .anySatisfy(s -> assertThat(s.measures()).containsExactlyInAnyOrderElementsOf(SIX));
        }
    }

    @Test
    void threeStationsAreNationalControlPointsAndTheFirstMeasuresAllSix() {
        assertThat(CATALOGUE.sensors()).filteredOn(s -> s.sensorClass() == SensorClass.NATIONAL_CONTROL).hasSize(3);
        Sensor first = CATALOGUE.sensor("aq-wbl-0001").orElseThrow();
        assertThat(first.sensorClass()).isIn(SensorClass.NATIONAL_CONTROL, SensorClass.REFERENCE);
        assertThat(first.measures()).containsExactlyInAnyOrderElementsOf(SIX);
        assertThat(first.reportingIntervalSeconds()).isEqualTo(300);
    }

    @Test
    void hasMicroStationsAndDustMonitorsReportingEveryMinute() {
        List<Sensor> micro = CATALOGUE.sensors().stream().filter(s -> s.sensorClass() == SensorClass.MICRO).toList();
        List<Sensor> dust = CATALOGUE.sensors().stream().filter(s -> s.sensorClass() == SensorClass.DUST_MONITOR).toList();
        assertThat(micro).hasSizeBetween(15, 25)
                .allSatisfy(s -> assertThat(s.id()).startsWith("aq-wbl-m"))
                .allSatisfy(s -> assertThat(s.measures()).contains("pm25", "pm10"));
        assertThat(dust).hasSizeBetween(8, 12)
                .allSatisfy(s -> assertThat(s.id()).startsWith("aq-wbl-d"))
                .allSatisfy(s -> assertThat(s.measures()).containsExactly("pm10"));
        assertThat(micro).allSatisfy(s -> assertThat(s.reportingIntervalSeconds()).isEqualTo(60));
        assertThat(dust).allSatisfy(s -> assertThat(s.reportingIntervalSeconds()).isEqualTo(60));
    }

    @Test
    void idsAreUniqueAndEverySensorStandsInAKnownRegionNearTheDistrict() {
        Set<String> regionIds = new HashSet<>();
        CATALOGUE.regions().forEach(r -> assertThat(regionIds.add(r.id())).as("region id %s", r.id()).isTrue());
        Set<String> sensorIds = new HashSet<>();
        for (Sensor sensor : CATALOGUE.sensors()) {
            assertThat(sensorIds.add(sensor.id())).as("sensor id %s", sensor.id()).isTrue();
            assertThat(regionIds).as(sensor.id()).contains(sensor.region());
            assertThat(CATALOGUE.isWithin(sensor.region(), "wbl")).isTrue();
            assertThat(sensor.kind()).isIn(SensorKind.AIR, SensorKind.ENERGY, SensorKind.NETWORK);
            assertThat(sensor.latitude()).isBetween(37.78, 37.95);
            assertThat(sensor.longitude()).isBetween(112.38, 112.60);
        }
    }

    @Test
    void theDistrictAndEverySubDistrictHaveAir2026Targets() {
        List<Region> subjects = new java.util.ArrayList<>(CATALOGUE.subDistricts());
        subjects.add(CATALOGUE.district());
        for (Region region : subjects) {
            assertThat(CATALOGUE.targetsFor(region.id())).as(region.id())
                    .anySatisfy(t -> {
                        assertThat(t.indicator()).isEqualTo("good_day_ratio");
                        assertThat(t.direction()).isEqualTo(Target.Direction.AT_LEAST);
                        assertThat(t.year()).isEqualTo(2026);
                    })
                    .anySatisfy(t -> {
                        assertThat(t.indicator()).isEqualTo("pm25_annual_mean");
                        assertThat(t.direction()).isEqualTo(Target.Direction.AT_MOST);
                        assertThat(t.unit()).isEqualTo("µg/m³");
                    });
        }
    }

    @Test
    void theEnergySectionHasTheKeyEnterprisesBuildingsAndAResidentialAggregatePerSubDistrict() {
        EnergyCatalogue energy = CATALOGUE.energy();
        assertThat(energy.entities()).extracting(EnergyEntity::sector)
                .contains("coal_power_heat", "cement", "steel", "machinery", "data_centre");
        assertThat(energy.entities()).filteredOn(e -> e.type() == EnergyEntityType.PUBLIC_BUILDING).isNotEmpty();
        for (Region subDistrict : CATALOGUE.subDistricts()) {
            assertThat(energy.entities()).as(subDistrict.id())
                    .filteredOn(e -> e.type() == EnergyEntityType.RESIDENTIAL && CATALOGUE.isWithin(e.region(), subDistrict.id()))
                    .hasSize(1);
            assertThat(energy.quota(subDistrict.id())).as(subDistrict.id()).isPresent();
            assertThat(energy.figures(subDistrict.id(), 2026)).as(subDistrict.id()).isPresent();
        }
        for (EnergyEntity entity : energy.entities()) {
            assertThat(energy.metersOf(entity.id())).as(entity.id()).isNotEmpty();
        }
        assertThat(CATALOGUE.sensorsWithin("wbl", SensorKind.ENERGY)).hasSameSizeAs(energy.meters());
    }

    @Test
    void theDistrictBaseYearGdpIsThePlansFigureAndTheEquivalentValueMethodIsTheDefault() {
        EnergyCatalogue energy = CATALOGUE.energy();
        // District 14th Five-Year Plan: GDP 48.6 billion yuan in 2020, the base year.
        assertThat(energy.figures("wbl", 2020).orElseThrow().gdpBillionYuan()).isEqualByComparingTo("48.6");
        assertThat(energy.barometer().baseYear()).isEqualTo(2020);
        assertThat(energy.electricityMethod()).isEqualTo(ElectricityMethod.EQUIVALENT_VALUE);
        // GB/T 2589-2020: 0.1229 kgce/kWh (equivalent value), 34.12 kgce/GJ heat, 0.7143 kgce/kg raw coal.
        assertThat(energy.coefficient(io.cityops.ingest.reading.EnergyCarrier.ELECTRICITY).orElseThrow().kgcePerUnit())
                .isEqualByComparingTo("0.1229");
        assertThat(energy.coefficient(io.cityops.ingest.reading.EnergyCarrier.HEAT).orElseThrow().kgcePerUnit())
                .isEqualByComparingTo("34.12");
        assertThat(energy.coefficient(io.cityops.ingest.reading.EnergyCarrier.COAL).orElseThrow().kgcePerUnit())
                .isEqualByComparingTo("0.7143");
        assertThat(energy.quota("wbl")).isPresent();
    }
}
