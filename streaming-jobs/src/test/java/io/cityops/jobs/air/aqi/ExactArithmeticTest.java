package io.cityops.jobs.air.aqi;

import io.cityops.ingest.reading.Pollutant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import static io.cityops.jobs.air.aqi.AqiStandard.HJ_633_2012;
import static io.cityops.jobs.air.aqi.AqiStandard.HJ_633_2026;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * DOMAIN.md §1.1: "Compute with exact decimals: in binary floating point an IAQI that is exactly
 * 210 can come out as 210.00000000000003 and round up to 211, and a mean of 4.05 can come out as
 * 4.050000000000001 and round to 4.1 instead of 4.0 under the 2026 rule." Each test first shows the
 * double arithmetic going wrong on the same input, then that the calculator does not.
 */
class ExactArithmeticTest {

    /** The textbook formula in double, as a naive implementation would write it. */
    private static double iaqiInDouble(double iaqiLo, double iaqiHi, double bpLo, double bpHi, double c) {
        return (iaqiHi - iaqiLo) / (bpHi - bpLo) * (c - bpLo) + iaqiLo;
    }

    @Test
    void anIaqiOfExactly210StaysAt210WhereDoubleArithmeticRoundsUpTo211() {
        // Daily CO mean of two hourly values 25.1 and 25.3 mg/m³ = 25.2 exactly.
        // CO 24h band 24–36 (IAQI 200–300): 200 + 100 × 1.2 / 12 = 210 exactly.
        double doubleMean = (25.1 + 25.3) / 2;
        assertThat(doubleMean).isEqualTo(25.200000000000003);
        double doubleIaqi = iaqiInDouble(200, 300, 24, 36, doubleMean);
        assertThat(doubleIaqi).isEqualTo(210.00000000000003);
        assertThat((int) Math.ceil(doubleIaqi)).isEqualTo(211);

        BigDecimal exactMean = new BigDecimal("25.1").add(new BigDecimal("25.3"))
                .divide(BigDecimal.valueOf(2), MathContext.DECIMAL128);
        assertThat(exactMean).isEqualByComparingTo("25.2");
        for (AqiStandard standard : AqiStandard.values()) {
            assertThat(AqiCalculator.iaqi(standard, AqiIndicator.CO_24H, exactMean)).as(standard.label())
                    .isEqualTo(210);
        }
    }

    @Test
    void anExactIntegerIaqiIsNotPushedUpByABinarySlope() {
        // CO 24h 2.2 mg/m³, band 2–4 (IAQI 50–100): 50 + 50 × 0.2 / 2 = 55 exactly.
        // In double 2.2 − 2 = 0.20000000000000018, so the formula gives 55.00000000000001 and ceil 56.
        double doubleIaqi = iaqiInDouble(50, 100, 2, 4, 2.2);
        assertThat(doubleIaqi).isEqualTo(55.00000000000001);
        assertThat((int) Math.ceil(doubleIaqi)).isEqualTo(56);

        for (AqiStandard standard : AqiStandard.values()) {
            assertThat(AqiCalculator.iaqi(standard, AqiIndicator.CO_24H, new BigDecimal("2.2"))).as(standard.label())
                    .isEqualTo(55);
        }
    }

    @ParameterizedTest(name = "{0} {1} = {2} exactly")
    @CsvSource(delimiter = '|', textBlock = """
            NO2_1H   | 1314  | 210 | NO2 1h band 1200–2340: 200 + 100×114/1140 = 210
            NO2_24H  | 308.5 | 210 | NO2 24h band 280–565: 200 + 100×28.5/285 = 210 (HJ 633-2012 only: 2026 rounds 308.5 to 308)
            O3_8H    | 318.5 | 210 | O3 8h band 265–800: 200 + 100×53.5/535 = 210 (HJ 633-2012 only)
            CO_24H   | 25.2  | 210 | CO 24h band 24–36: 200 + 100×1.2/12 = 210
            CO_1H    | 63    | 210 | CO 1h band 60–90: 200 + 100×3/30 = 210
            PM25_24H | 160   | 210 | PM2.5 24h band 150–250: 200 + 100×10/100 = 210
            SO2_24H  | 880   | 210 | SO2 24h band 800–1600: 200 + 100×80/800 = 210
            O3_1H    | 440   | 210 | O3 1h band 400–800: 200 + 100×40/400 = 210
            PM10_24H | 357   | 210 | PM10 24h band 350–420: 200 + 100×7/70 = 210
            """)
    void exactIntegerIaqisAreNotRoundedUpUnder2012(AqiIndicator indicator, BigDecimal concentration, int expected,
                                                   String source) {
        assertThat(AqiCalculator.iaqi(HJ_633_2012, indicator, concentration)).as(source).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            CO_24H   | 2.01  | 51  | CO 24h band 2–4: 50 + 50×0.01/2 = 50.25 -> 51
            PM25_24H | 35.1  | 51  | PM2.5 24h band 35–75: 50 + 50×0.1/40 = 50.125 -> 51
            PM25_24H | 0.001 | 1   | PM2.5 24h band 0–35: 50×0.001/35 = 0.0014 -> 1
            SO2_24H  | 150.0000001 | 101 | SO2 24h band 150–475: 100 + a tiny positive fraction -> 101
            """)
    void underHj6332012AnyFractionAboveABreakpointRoundsUp(AqiIndicator indicator, BigDecimal concentration,
                                                            int expected, String source) {
        assertThat(AqiCalculator.iaqi(HJ_633_2012, indicator, concentration)).as(source).isEqualTo(expected);
    }

    @Test
    void aDailyMeanOf405RoundsTo40Under2026WhereDoubleGives41() {
        // Two hourly CO values 3.7 and 4.4 mg/m³: the exact mean is 4.05, GB/T 8170 half-even -> 4.0.
        double doubleMean = (3.7 + 4.4) / 2;
        assertThat(doubleMean).isEqualTo(4.050000000000001);
        assertThat(BigDecimal.valueOf(doubleMean).setScale(1, RoundingMode.HALF_EVEN)).isEqualByComparingTo("4.1");

        BigDecimal exactMean = new BigDecimal("3.7").add(new BigDecimal("4.4"))
                .divide(BigDecimal.valueOf(2), MathContext.DECIMAL128);
        assertThat(HJ_633_2026.roundConcentration(Pollutant.CO, exactMean)).isEqualByComparingTo("4.0");
        // 4.0 is the CO 24h breakpoint of IAQI 100; 4.1 would give 100 + 50×0.1/10 = 100.5 -> 101.
        assertThat(AqiCalculator.iaqi(HJ_633_2026, AqiIndicator.CO_24H, exactMean)).isEqualTo(100);
        assertThat(AqiCalculator.iaqi(HJ_633_2026, AqiIndicator.CO_24H, new BigDecimal("4.1"))).isEqualTo(101);
    }
}
