package io.cityops.jobs.energy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecimalsTest {

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource({"400.00, 400", "4E+2, 400", "0.12290, 0.1229", "0.000, 0", "-0.0139940, -0.013994", "1533411, 1533411"})
    void dropsTrailingZerosButNeverPrintsAnExponent(String value, String written) {
        assertThat(Decimals.plain(new BigDecimal(value)).toString()).isEqualTo(written);
    }
}
