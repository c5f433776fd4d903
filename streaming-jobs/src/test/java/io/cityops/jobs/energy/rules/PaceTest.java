package io.cityops.jobs.energy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PaceTest {

    static Stream<Arguments> rows() {
        return Stream.of(
                // case, used, quota, expected share by now, share seen, share used, projection, projection ratio
                Arguments.of("half the year, half the quota: on plan", "500", "1000", "0.5", "0.5", "0.5", "1000", "1"),
                Arguments.of("a quarter of the quota used in a fifth of the year overshoots", "250", "1000", "0.2", "0.2", "0.25", "1250", "1.25"),
                Arguments.of("started mid-year: projects from the span it saw", "100", "1000", "0.6", "0.1", "0.1", "1000", "1"),
                Arguments.of("thirds round to six decimals", "1", "3", "0.5", "0.5", "0.333333", "2", "0.666667"),
                Arguments.of("the illustrative district quota: 1,533,411 tce", "766705.5", "1533411", "0.5", "0.5", "0.5", "1533411", "1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void comparesWithTheQuotaAndProjectsToYearEnd(String name, String used, String quota, String byNow, String seen,
                                                  String shareUsed, String projection, String ratio) {
        PaceFigures pace = Pace.of(new BigDecimal(used), new BigDecimal(quota), new BigDecimal(byNow), new BigDecimal(seen));
        assertThat(pace.shareUsed()).isEqualByComparingTo(shareUsed);
        assertThat(pace.projection()).isEqualByComparingTo(projection);
        assertThat(pace.projectionRatio()).isEqualByComparingTo(ratio);
        assertThat(pace.expectedShare()).isEqualByComparingTo(byNow);
    }

    @org.junit.jupiter.api.Test
    void withoutAQuotaThereAreNoRatios() {
        PaceFigures pace = Pace.of(new BigDecimal("10"), BigDecimal.ZERO, new BigDecimal("0.5"), new BigDecimal("0.5"));
        assertThat(pace.shareUsed()).isNull();
        assertThat(pace.projectionRatio()).isNull();
        assertThat(pace.projection()).isEqualByComparingTo("20");
    }
}
