package io.cityops.jobs.energy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityops.ingest.catalogue.CatalogueLoader;
import io.cityops.ingest.catalogue.EnergyCatalogue;
import io.cityops.ingest.reading.EnergyCarrier;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConverterTest {

    private static final EnergyCatalogue ENERGY = CatalogueLoader.loadDefault().energy();
    private static final Converter CONVERTER = new Converter(ENERGY);

    static Stream<Arguments> standardCoal() {
        return Stream.of(
                // source, carrier, amount, tce
                Arguments.of("GB/T 2589-2020: electricity, equivalent value 0.1229 kgce/kWh", EnergyCarrier.ELECTRICITY, "1000", "0.1229"),
                Arguments.of("GB/T 2589-2020: 0.1229 kgce/kWh, exact for any decimal", EnergyCarrier.ELECTRICITY, "12345.678", "1.5172838262"),
                Arguments.of("GB/T 2589-2020: natural gas (oil-field) 1.3300 kgce/m³", EnergyCarrier.GAS, "1000", "1.33"),
                Arguments.of("GB/T 2589-2020: heat 34.12 kgce/GJ", EnergyCarrier.HEAT, "100", "3.412"),
                Arguments.of("GB/T 2589-2020: raw coal 0.7143 kgce/kg", EnergyCarrier.COAL, "1000", "0.7143"),
                Arguments.of("GB/T 2589-2020: raw coal, 120 t in an hour at the power plant", EnergyCarrier.COAL, "120000", "85.716"),
                Arguments.of("nothing consumed, nothing converted", EnergyCarrier.HEAT, "0", "0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("standardCoal")
    void convertsToStandardCoalExactly(String source, EnergyCarrier carrier, String amount, String tce) {
        assertThat(CONVERTER.tce(carrier, new BigDecimal(amount))).isEqualByComparingTo(tce);
    }

    static Stream<Arguments> carbon() {
        return Stream.of(
                // source, carrier, amount, year, tCO2
                Arguments.of("North China grid 2023: 0.6361 kgCO2/kWh", EnergyCarrier.ELECTRICITY, "1000", 2023, "0.6361"),
                Arguments.of("North China grid 2022: 0.6776 kgCO2/kWh, the year's own factor", EnergyCarrier.ELECTRICITY, "1000", 2022, "0.6776"),
                Arguments.of("latest published factor (2023) for 2026 figures", EnergyCarrier.ELECTRICITY, "1000", 2026, "0.6361"),
                Arguments.of("natural gas 2.1622 kgCO2/m³", EnergyCarrier.GAS, "1000", 2026, "2.1622"),
                Arguments.of("raw coal 1.9003 tCO2/t", EnergyCarrier.COAL, "1000", 2026, "1.9003"),
                Arguments.of("purchased heat 0.11 tCO2/GJ", EnergyCarrier.HEAT, "100", 2026, "11"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("carbon")
    void convertsToCo2WithTheFactorOfTheYear(String source, EnergyCarrier carrier, String amount, int year, String tco2) {
        assertThat(CONVERTER.tco2(carrier, new BigDecimal(amount), year)).isEqualByComparingTo(tco2);
    }

    @org.junit.jupiter.api.Test
    void theCoalConsumptionMethodUsesItsOwnElectricityCoefficient() {
        EnergyCatalogue coalMethod = new EnergyCatalogue(io.cityops.ingest.catalogue.ElectricityMethod.COAL_CONSUMPTION,
                ENERGY.coefficients(), ENERGY.emissionFactors(), ENERGY.entities(), ENERGY.meters(), ENERGY.regionQuotas(),
                ENERGY.figures(), ENERGY.barometer(), ENERGY.seasonalProfile(), ENERGY.regionProfiles(), ENERGY.quotaSource());
        // GB/T 2589-2020 equal value: the year's thermal power coal consumption, about 0.30 kgce/kWh.
        Quantity quantity = new Converter(coalMethod).convert(EnergyCarrier.ELECTRICITY, new BigDecimal("1000"), 2026);
        assertThat(quantity.tce()).isEqualByComparingTo("0.3");
        assertThat(quantity.tco2()).isEqualByComparingTo("0.6361");
        assertThat(quantity.nativeAmount()).isEqualByComparingTo("1000");
    }
}
