package io.cityops.jobs.air.aqi;

import io.cityops.ingest.reading.Pollutant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A negative concentration never reaches the AQI: it is a programming error upstream (validation drops them). */
class NegativeInputTest {

    private static final BigDecimal MINUS_ONE = new BigDecimal("-1");
    private static final BigDecimal TINY_NEGATIVE = new BigDecimal("-0.0001");

    @ParameterizedTest
    @ValueSource(strings = {"so2", "no2", "co", "o3", "pm10", "pm25", "pm10Rolling24h", "pm25Rolling24h",
            "o3Rolling8h", "so2Rolling24h"})
    void hourlyConcentrationsRejectANegativeValue(String field) {
        BigDecimal[] values = new BigDecimal[10];
        String[] names = {"so2", "no2", "co", "o3", "pm10", "pm25", "pm10Rolling24h", "pm25Rolling24h", "o3Rolling8h",
                "so2Rolling24h"};
        for (int i = 0; i < names.length; i++) {
            values[i] = names[i].equals(field) ? TINY_NEGATIVE : BigDecimal.TEN;
        }
        assertThatThrownBy(() -> new HourlyConcentrations(values[0], values[1], values[2], values[3], values[4],
                values[5], values[6], values[7], values[8], values[9]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(field)
                .hasMessageContaining("-0.0001");
    }

    @ParameterizedTest
    @ValueSource(strings = {"so2", "no2", "co", "pm10", "pm25", "o3Max1h", "o3Max8h"})
    void dailyConcentrationsRejectANegativeValue(String field) {
        BigDecimal[] values = new BigDecimal[7];
        String[] names = {"so2", "no2", "co", "pm10", "pm25", "o3Max1h", "o3Max8h"};
        for (int i = 0; i < names.length; i++) {
            values[i] = names[i].equals(field) ? MINUS_ONE : null;
        }
        assertThatThrownBy(() -> new DailyConcentrations(values[0], values[1], values[2], values[3], values[4],
                values[5], values[6]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(field)
                .hasMessageContaining("must not be negative");
    }

    @ParameterizedTest
    @EnumSource(AqiIndicator.class)
    void iaqiRejectsANegativeConcentrationUnderBothRules(AqiIndicator indicator) {
        for (AqiStandard standard : AqiStandard.values()) {
            assertThatThrownBy(() -> AqiCalculator.iaqi(standard, indicator, TINY_NEGATIVE))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("must not be negative");
        }
    }

    @Test
    void aNegativeValueThatWouldRoundToZeroIsStillRejected() {
        // -0.4 would round half-even to 0 under HJ 633-2026; the sign is checked before rounding.
        assertThatThrownBy(() -> AqiStandard.HJ_633_2026.roundConcentration(Pollutant.PM25, new BigDecimal("-0.4")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pm25");
    }

    @Test
    void aMissingConcentrationIsNotAnIaqiInput() {
        assertThatThrownBy(() -> AqiCalculator.iaqi(AqiStandard.HJ_633_2012, AqiIndicator.PM25_24H, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("pm25");
    }
}
