package io.cityops.jobs.energy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityops.ingest.catalogue.IntensityTarget;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BarometerTest {

    private static final BigDecimal YELLOW_SHARE = new BigDecimal("0.95");

    static Stream<Arguments> intensity() {
        return Stream.of(
                // DOMAIN.md §2.3: red if the reduction is negative, yellow below the pace, green otherwise.
                Arguments.of("intensity rose year on year: level 1 warning", "-0.01", "0.030845", BarometerLevel.RED),
                Arguments.of("fell 2 %, slower than the 14.5 %/5 y pace of 3.0845 %: level 2 warning", "0.02", "0.030845", BarometerLevel.YELLOW),
                Arguments.of("fell 3.5 %, faster than the pace: level 3", "0.035", "0.030845", BarometerLevel.GREEN),
                Arguments.of("exactly the pace is on track", "0.030845", "0.030845", BarometerLevel.GREEN),
                Arguments.of("Taiyuan 2024 annual target −2 %, reached", "0.02", "0.02", BarometerLevel.GREEN),
                Arguments.of("unchanged intensity without a target is not a rise", "0", null, BarometerLevel.GREEN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("intensity")
    void ratesTheIntensityDimension(String name, String reduction, String pace, BarometerLevel level) {
        assertThat(Barometer.intensityLevel(new BigDecimal(reduction), pace == null ? null : new BigDecimal(pace))).isEqualTo(level);
    }

    static Stream<Arguments> totals() {
        return Stream.of(
                // DOMAIN.md §2.3: red above 100 % of the quota, yellow above the configurable 95 %, green otherwise.
                Arguments.of("projection 102 % of the quota", "1.02", BarometerLevel.RED),
                Arguments.of("projection exactly the quota is not above it", "1", BarometerLevel.YELLOW),
                Arguments.of("projection 96 %", "0.96", BarometerLevel.YELLOW),
                Arguments.of("projection exactly 95 % is not above it", "0.95", BarometerLevel.GREEN),
                Arguments.of("projection 80 %", "0.8", BarometerLevel.GREEN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("totals")
    void ratesTheTotalsDimension(String name, String ratio, BarometerLevel level) {
        assertThat(Barometer.totalsLevel(new BigDecimal(ratio), YELLOW_SHARE)).isEqualTo(level);
    }

    static Stream<Arguments> paces() {
        return Stream.of(
                // DOMAIN.md §2.3: after k years of a five-year target R the cumulative reduction is 1 − (1 − R)^(k/5).
                Arguments.of("Shanxi/Taiyuan energy intensity −14.5 % 2020–2025, one year", "0.145", 2020, 2025, 1, "0.030845"),
                Arguments.of("Shanxi/Taiyuan −14.5 %, two years", "0.145", 2020, 2025, 2, "0.060739"),
                Arguments.of("Shanxi/Taiyuan −14.5 %, all five years", "0.145", 2020, 2025, 5, "0.145"),
                Arguments.of("national CO2 intensity −18 % 2020–2025, one year", "0.18", 2020, 2025, 1, "0.038913"),
                Arguments.of("national CO2 intensity −18 %, three years", "0.18", 2020, 2025, 3, "0.112255"),
                Arguments.of("national energy intensity −13.5 %, one year", "0.135", 2020, 2025, 1, "0.028589"),
                Arguments.of("Taiyuan 2024 annual −2 %", "0.02", 2023, 2024, 1, "0.02"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paces")
    void derivesTheRequiredReductionFromTheTarget(String name, String reduction, int from, int to, int years, String required) {
        IntensityTarget target = new IntensityTarget(IntensityTarget.Dimension.ENERGY, new BigDecimal(reduction), from, to, name);
        assertThat(Barometer.cumulativeRequired(target, years)).isEqualByComparingTo(required);
    }

    @Test
    void aDimensionTakesTheWorseOfIntensityAndTotals() {
        DimensionRating rating = Barometer.rate(new BigDecimal("0.035"), new BigDecimal("0.030845"), new BigDecimal("0.97"), YELLOW_SHARE);
        assertThat(rating.intensityLevel()).isEqualTo(BarometerLevel.GREEN);
        assertThat(rating.totalsLevel()).isEqualTo(BarometerLevel.YELLOW);
        assertThat(rating.level()).isEqualTo(BarometerLevel.YELLOW);

        DimensionRating rose = Barometer.rate(new BigDecimal("-0.001"), new BigDecimal("0.030845"), new BigDecimal("0.5"), YELLOW_SHARE);
        assertThat(rose.level()).isEqualTo(BarometerLevel.RED);
    }

    @Test
    void aDimensionWithoutFiguresIsRatedOnWhatIsKnownOrNotAtAll() {
        assertThat(Barometer.rate(null, null, new BigDecimal("1.1"), YELLOW_SHARE).level()).isEqualTo(BarometerLevel.RED);
        assertThat(Barometer.rate(null, null, null, YELLOW_SHARE).level()).isNull();
        assertThat(Barometer.worse(null, BarometerLevel.YELLOW)).isEqualTo(BarometerLevel.YELLOW);
        assertThat(Barometer.worse(BarometerLevel.RED, BarometerLevel.YELLOW)).isEqualTo(BarometerLevel.RED);
    }

    @Test
    void levelsCarryTheAgreedObservationValues() {
        // INDICATORS.md: barometer_level 0 green, 1 yellow, 2 red.
        assertThat(BarometerLevel.GREEN.code()).isZero();
        assertThat(BarometerLevel.YELLOW.code()).isEqualTo(1);
        assertThat(BarometerLevel.RED.code()).isEqualTo(2);
    }
}
