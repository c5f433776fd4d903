package io.cityops.jobs.network.congestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusyHourTest {

    /** Each row: traffic per hour from 0 ("-" = no figure) → the busy hour (the hour with most traffic, earliest on a tie). */
    @ParameterizedTest(name = "{0} → hour {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1 2 3 2        | 2
            5 1 5          | 0
            - 0.5 0.4      | 1
            0              | 0
            """)
    void theHourWithTheMostTraffic(String traffic, long expectedHour) {
        BusyHour busy = BusyHour.NONE;
        String[] values = traffic.split(" ");
        for (int hour = 0; hour < values.length; hour++) {
            busy = busy.consider(hour, values[hour].equals("-") ? null : new BigDecimal(values[hour]));
        }
        assertThat(busy.hourStart()).isEqualTo(expectedHour);
    }
}
