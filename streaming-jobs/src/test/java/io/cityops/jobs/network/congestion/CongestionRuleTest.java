package io.cityops.jobs.network.congestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CongestionRuleTest {

    private static final long Q = Duration.ofMinutes(15).toMillis();
    // the default catalogue: DL PRB ≥ 80 % (operator practice, DOMAIN.md §3) for at least 30 minutes
    private static final CongestionRule RULE = new CongestionRule(new BigDecimal("80"), Duration.ofMinutes(30),
            Duration.ofMinutes(15));

    /** Each row: DL PRB per consecutive quarter hour ("-" = no report) → congested after each quarter. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            85                | 0
            85 90             | 0 1
            79.99 85 90       | 0 0 1
            80 80             | 0 1
            85 90 60 85       | 0 1 0 0
            85 - 90 95        | 0 0 0 1
            85 90 95 99       | 0 1 1 1
            """)
    void congestedAfterTheMinimumDurationAboveTheThreshold(String prbs, String expected) {
        CongestionRule.HighRun run = CongestionRule.HighRun.NONE;
        List<String> flags = new ArrayList<>();
        String[] values = prbs.split(" ");
        for (int i = 0; i < values.length; i++) {
            BigDecimal prb = values[i].equals("-") ? null : new BigDecimal(values[i]);
            run = RULE.next(run, i * Q, prb);
            flags.add(RULE.congested(run) ? "1" : "0");
        }
        assertThat(String.join(" ", flags)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "a gap of {0} quarters breaks the run")
    @CsvSource({"1", "3"})
    void aMissingPeriodBreaksTheRun(int gap) {
        CongestionRule.HighRun run = RULE.next(CongestionRule.HighRun.NONE, 0, new BigDecimal("90"));
        run = RULE.next(run, (1 + gap) * Q, new BigDecimal("90"));
        assertThat(RULE.congested(run)).isFalse();
        assertThat(run.start()).isEqualTo((1 + gap) * Q);
    }
}
