package io.cityops.ingest.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cityops.ingest.reading.EnergyCarrier;
import io.cityops.ingest.reading.SensorKind;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class EnergyCatalogueReaderTest {

    private static final String REGIONS = """
            version: "1"
            regions:
              - id: d
                name: District
                children:
                  - id: s1
                    name: Sub 1
                    children:
                      - {id: c1, name: Community 1}
            """;

    /** A valid section; each error case replaces one line of it. */
    private static final String SECTION = """
            energy:
              electricityMethod: EQUIVALENT_VALUE
              quotaSource: illustrative
              coefficients:
                - {counter: electricity_kwh, method: EQUIVALENT_VALUE, kgcePerUnit: 0.1229, source: GB/T 2589-2020}
                - {counter: electricity_kwh, method: COAL_CONSUMPTION, kgcePerUnit: 0.3, source: GB/T 2589-2020}
                - {counter: gas_m3, kgcePerUnit: 1.3300, source: GB/T 2589-2020}
                - {counter: heat_gj, kgcePerUnit: 34.12, source: GB/T 2589-2020}
                - {counter: coal_kg, kgcePerUnit: 0.7143, source: GB/T 2589-2020}
              emissionFactors:
                - {counter: electricity_kwh, year: 2022, kgCo2PerUnit: 0.6776, source: North China grid 2022}
                - {counter: electricity_kwh, year: 2023, kgCo2PerUnit: 0.6361, source: North China grid 2023}
                - {counter: gas_m3, kgCo2PerUnit: 2.1622, source: guideline}
                - {counter: heat_gj, kgCo2PerUnit: 110, source: guideline}
                - {counter: coal_kg, kgCo2PerUnit: 1.9003, source: guideline}
              barometer:
                baseYear: 2020
                totalsYellowShare: 0.95
                targets:
                  - {dimension: ENERGY, reduction: 0.145, fromYear: 2020, toYear: 2025, source: plan}
                  - {dimension: ENERGY, reduction: 0.02, fromYear: 2023, toYear: 2024, source: annual}
              entities:
                - {id: plant, name: Plant, type: ENTERPRISE, sector: cement, region: c1, lat: 37.8, lon: 112.5, annualQuotaTce: 1000, annualQuotaTco2: 2500, dailyBudgetTce: 3.5}
              meters:
                - {id: em-1, name: Plant meter, entity: plant, counter: electricity_kwh, maxPerHour: 5000, intervalSeconds: 300}
              regionQuotas:
                - {region: d, annualQuotaTce: 2000, annualQuotaTco2: 5000}
              figures:
                - {region: d, year: 2020, gdpBillionYuan: 48.6, tce: 1800, tco2: 4500, source: plan}
            """;

    private static Catalogue parse(String section) {
        return CatalogueLoader.parse(REGIONS + section, "test.yaml");
    }

    @Test
    void readsTheSectionWithExactFiguresAndAddsTheMetersAsEnergySensors() {
        Catalogue catalogue = parse(SECTION);
        EnergyCatalogue energy = catalogue.energy();
        assertThat(energy.coefficient(EnergyCarrier.ELECTRICITY).orElseThrow().kgcePerUnit()).isEqualByComparingTo("0.1229");
        assertThat(energy.coefficient(EnergyCarrier.GAS).orElseThrow().kgcePerUnit().toPlainString()).isEqualTo("1.33");
        assertThat(energy.figures("d", 2020).orElseThrow().gdpBillionYuan()).isEqualByComparingTo("48.6");
        Sensor meter = catalogue.sensor("em-1").orElseThrow();
        assertThat(meter.kind()).isEqualTo(SensorKind.ENERGY);
        assertThat(meter.sensorClass()).isEqualTo(SensorClass.METER);
        assertThat(meter.measures()).containsExactly("electricity_kwh");
        assertThat(meter.region()).isEqualTo("c1");
        assertThat(meter.entity()).isEqualTo("plant");
        assertThat(energy.meter("em-1").orElseThrow().maxPerHour()).isEqualByComparingTo("5000");
    }

    @Test
    void theElectricityMethodSelectsItsCoefficient() {
        EnergyCatalogue energy = parse(SECTION.replace("electricityMethod: EQUIVALENT_VALUE", "electricityMethod: COAL_CONSUMPTION"))
                .energy();
        assertThat(energy.coefficient(EnergyCarrier.ELECTRICITY).orElseThrow().kgcePerUnit()).isEqualByComparingTo("0.3");
    }

    @Test
    void aYearUsesTheLatestFactorPublishedNotAfterIt() {
        EnergyCatalogue energy = parse(SECTION).energy();
        assertThat(energy.emissionFactor(EnergyCarrier.ELECTRICITY, 2022).orElseThrow().kgCo2PerUnit()).isEqualByComparingTo("0.6776");
        assertThat(energy.emissionFactor(EnergyCarrier.ELECTRICITY, 2026).orElseThrow().kgCo2PerUnit()).isEqualByComparingTo("0.6361");
        assertThat(energy.emissionFactor(EnergyCarrier.ELECTRICITY, 2021).orElseThrow().kgCo2PerUnit()).isEqualByComparingTo("0.6776");
        assertThat(energy.emissionFactor(EnergyCarrier.GAS, 2026).orElseThrow().kgCo2PerUnit()).isEqualByComparingTo("2.1622");
    }

    @Test
    void anAnnualTargetSetsThePaceOverTheFiveYearOne() {
        BarometerRule rule = parse(SECTION).energy().barometer();
        assertThat(rule.targetFor(IntensityTarget.Dimension.ENERGY, 2024).orElseThrow().reduction()).isEqualByComparingTo("0.02");
        assertThat(rule.targetFor(IntensityTarget.Dimension.ENERGY, 2025).orElseThrow().reduction()).isEqualByComparingTo("0.145");
        assertThat(rule.targetFor(IntensityTarget.Dimension.ENERGY, 2026)).isEmpty();
        assertThat(rule.targetFor(IntensityTarget.Dimension.CARBON, 2024)).isEmpty();
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("unknown key", "quotaSource: illustrative", "quotaSource: illustrative\n  colour: blue",
                        "energy.colour", "unknown key 'colour'"),
                Arguments.of("unknown electricity method", "electricityMethod: EQUIVALENT_VALUE", "electricityMethod: GUESSED",
                        "energy.electricityMethod", "'GUESSED' is not one of EQUIVALENT_VALUE, COAL_CONSUMPTION"),
                Arguments.of("selected method without a coefficient",
                        "    - {counter: electricity_kwh, method: EQUIVALENT_VALUE, kgcePerUnit: 0.1229, source: GB/T 2589-2020}\n", "",
                        "energy.coefficients", "no coefficient for electricity_kwh with method EQUIVALENT_VALUE"),
                Arguments.of("carrier without a coefficient", "    - {counter: heat_gj, kgcePerUnit: 34.12, source: GB/T 2589-2020}\n", "",
                        "energy.coefficients", "no coefficient for heat_gj"),
                Arguments.of("unknown counter", "{counter: heat_gj, kgcePerUnit", "{counter: steam_t, kgcePerUnit",
                        "energy.coefficients[3].counter", "'steam_t' is not an energy counter key"),
                Arguments.of("electricity without method", "counter: electricity_kwh, method: COAL_CONSUMPTION,",
                        "counter: electricity_kwh,", "energy.coefficients[1].method", "needs its method"),
                Arguments.of("method on gas", "{counter: gas_m3, kgcePerUnit", "{counter: gas_m3, method: EQUIVALENT_VALUE, kgcePerUnit",
                        "energy.coefficients[2].method", "only electricity coefficients have a method"),
                Arguments.of("zero coefficient", "kgcePerUnit: 34.12", "kgcePerUnit: 0",
                        "energy.coefficients[3].kgcePerUnit", "must be positive"),
                Arguments.of("coefficient as text", "kgcePerUnit: 34.12", "kgcePerUnit: lots",
                        "energy.coefficients[3].kgcePerUnit", "expected a number"),
                Arguments.of("two factors for one year", "year: 2023, kgCo2PerUnit: 0.6361", "year: 2022, kgCo2PerUnit: 0.6361",
                        "energy.emissionFactors[1].counter", "a second emission factor for electricity_kwh in 2022"),
                Arguments.of("carrier without a factor", "    - {counter: coal_kg, kgCo2PerUnit: 1.9003, source: guideline}\n", "",
                        "energy.emissionFactors", "no emission factor for coal_kg"),
                Arguments.of("entity in unknown region", "region: c1, lat", "region: c9, lat",
                        "energy.entities[0].region", "region 'c9' does not exist"),
                Arguments.of("unknown entity type", "type: ENTERPRISE", "type: FACTORY",
                        "energy.entities[0].type", "'FACTORY' is not one of ENTERPRISE, PUBLIC_BUILDING, RESIDENTIAL"),
                Arguments.of("negative quota", "annualQuotaTce: 1000", "annualQuotaTce: -1",
                        "energy.entities[0].annualQuotaTce", "cannot be negative"),
                Arguments.of("zero daily budget", "dailyBudgetTce: 3.5", "dailyBudgetTce: 0",
                        "energy.entities[0].dailyBudgetTce", "must be positive"),
                Arguments.of("meter of unknown entity", "entity: plant,", "entity: mill,",
                        "energy.meters[0].entity", "entity 'mill' is not declared under energy.entities"),
                Arguments.of("meter without a plausible maximum", "maxPerHour: 5000, ", "",
                        "energy.meters[0].maxPerHour", "required key 'maxPerHour' is missing"),
                Arguments.of("quota for a community", "{region: d, annualQuotaTce: 2000", "{region: c1, annualQuotaTce: 2000",
                        "energy.regionQuotas[0].region", "'c1' is a community"),
                Arguments.of("figures of an implausible year", "year: 2020, gdpBillionYuan", "year: 1820, gdpBillionYuan",
                        "energy.figures[0].year", "year 1820 is not plausible"),
                Arguments.of("yellow share above one", "totalsYellowShare: 0.95", "totalsYellowShare: 1.5",
                        "energy.barometer.totalsYellowShare", "must lie in (0, 1]"),
                Arguments.of("reduction given in percent", "reduction: 0.145", "reduction: 14.5",
                        "energy.barometer.targets[0].reduction", "a reduction is a fraction in [0, 1)"),
                Arguments.of("target ending before it starts", "fromYear: 2023, toYear: 2024", "fromYear: 2023, toYear: 2023",
                        "energy.barometer.targets[1].toYear", "must be after fromYear (2023)"),
                Arguments.of("missing barometer", "  barometer:\n    baseYear: 2020\n    totalsYellowShare: 0.95\n", "  colourless:\n",
                        "energy", "unknown key 'colourless'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void rejectsABadSectionNamingThePathAndTheProblem(String name, String find, String replace, String path, String problem) {
        assertThat(SECTION).contains(find);
        assertThatThrownBy(() -> parse(SECTION.replace(find, replace)))
                .isInstanceOf(CatalogueException.class)
                .hasMessageContaining("test.yaml")
                .hasMessageContaining(path)
                .hasMessageContaining(problem);
    }

    @Test
    void aMeterIdMayNotRepeatASensorId() {
        String sensors = """
                sensors:
                  - {id: em-1, name: Station, kind: air, class: REFERENCE, measures: [pm25], region: c1, lat: 37.8, lon: 112.5, intervalSeconds: 300}
                """;
        assertThatThrownBy(() -> parse(sensors + SECTION))
                .isInstanceOf(CatalogueException.class)
                .hasMessageContaining("energy.meters[0].id").hasMessageContaining("duplicate sensor id 'em-1'");
    }

    @Test
    void aSeasonalProfileNeedsTwelveMonths() {
        assertThatThrownBy(() -> parse(SECTION + "  seasonalProfile: [1, 1, 1]\n"))
                .isInstanceOf(CatalogueException.class)
                .hasMessageContaining("energy.seasonalProfile").hasMessageContaining("12 monthly weights");
        assertThat(parse(SECTION + "  seasonalProfile: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2]\n").energy().seasonalProfile()
                .monthlyWeights().get(11)).isEqualTo(new BigDecimal("2"));
    }

    @Test
    void aRegionsOwnProfileReplacesTheDefaultForIt() {
        String profiles = "  seasonalProfile: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\n"
                + "  regionProfiles:\n    - {region: s1, weights: [2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2]}\n";
        EnergyCatalogue energy = parse(SECTION + profiles).energy();
        assertThat(energy.profileFor("s1").monthlyWeights().get(0)).isEqualByComparingTo("2");
        assertThat(energy.profileFor("d").monthlyWeights().get(0)).isEqualByComparingTo("1");
        assertThatThrownBy(() -> parse(SECTION + profiles.replace("region: s1", "region: s9")))
                .isInstanceOf(CatalogueException.class)
                .hasMessageContaining("energy.regionProfiles[0].region").hasMessageContaining("'s9' does not exist");
        assertThatThrownBy(() -> parse(SECTION + profiles.replace("weights: [2, 1, 1,", "weights: [2, 1,")))
                .isInstanceOf(CatalogueException.class)
                .hasMessageContaining("energy.regionProfiles[0].weights").hasMessageContaining("12 monthly weights");
    }

    @Test
    void withoutTheSectionThereIsNoEnergyCatalogue() {
        assertThat(parse("").energy()).isSameAs(EnergyCatalogue.NONE);
    }
}
