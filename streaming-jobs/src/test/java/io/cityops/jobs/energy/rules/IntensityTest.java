package io.cityops.jobs.energy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class IntensityTest {

    @Test
    void intensityIsTonnesPerTenThousandYuan() {
        // District plan: GDP 48.6 billion yuan in 2020 = 4,860,000 × 10,000 yuan; 1,944,000 tce gives 0.4.
        assertThat(Intensity.of(new BigDecimal("1944000"), new BigDecimal("48.6"), BigDecimal.ONE)).isEqualByComparingTo("0.4");
        // A quarter of the year holds a quarter of the GDP.
        assertThat(Intensity.of(new BigDecimal("486000"), new BigDecimal("48.6"), new BigDecimal("0.25"))).isEqualByComparingTo("0.4");
    }

    @Test
    void comparesASpanWithTheSameSpanOfLastYearAndOfTheBaseYear() {
        // 500,000 tce in a span of 25 % of calendar time holding 30 % of a year's consumption (heating season),
        // GDP 62.6 bn; last year 1,700,000 tce on 60.2 bn; base year 2020 1,944,000 tce on 48.6 bn (the plan's GDP).
        IntensityFigures figures = Intensity.compare(new BigDecimal("500000"), new BigDecimal("62.6"), new BigDecimal("0.25"),
                new BigDecimal("0.3"), new BigDecimal("1700000"), new BigDecimal("60.2"), new BigDecimal("1944000"),
                new BigDecimal("48.6"));
        assertThat(figures.intensity()).isEqualByComparingTo("0.31948882");
        assertThat(figures.lastYear()).isEqualByComparingTo("0.33887043");
        assertThat(figures.base()).isEqualByComparingTo("0.48");
        assertThat(figures.changeVsLastYear()).isEqualByComparingTo("-0.057195");
        assertThat(figures.reductionVsLastYear()).isEqualByComparingTo("0.057195");
        assertThat(figures.changeVsBase()).isEqualByComparingTo("-0.334398");
    }

    @Test
    void withoutPastFiguresOnlyTheIntensityIsKnown() {
        IntensityFigures figures = Intensity.compare(new BigDecimal("100"), new BigDecimal("1"), BigDecimal.ONE, BigDecimal.ONE,
                null, null, null, null);
        assertThat(figures.intensity()).isEqualByComparingTo("0.001");
        assertThat(figures.changeVsLastYear()).isNull();
        assertThat(figures.changeVsBase()).isNull();
    }
}
