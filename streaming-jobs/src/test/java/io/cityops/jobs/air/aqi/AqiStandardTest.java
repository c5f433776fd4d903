package io.cityops.jobs.air.aqi;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** HJ 633-2026 replaced HJ 633-2012 on 2026-03-01 Asia/Shanghai; the data's time picks the rules (DOMAIN.md §1). */
class AqiStandardTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2013-01-01T00:00:00Z            | HJ_633_2012 | long before the change
            2026-02-28T15:00:00Z            | HJ_633_2012 | 2026-02-28T23:00+08:00, the last hour of February
            2026-02-28T15:59:59Z            | HJ_633_2012 | 2026-02-28T23:59:59+08:00
            2026-02-28T15:59:59.999999999Z  | HJ_633_2012 | the last nanosecond before the change
            2026-02-28T16:00:00Z            | HJ_633_2026 | 2026-03-01T00:00+08:00, the change
            2026-02-28T16:00:00.000000001Z  | HJ_633_2026 | just after the change
            2026-03-01T00:00:00Z            | HJ_633_2026 | midnight UTC is already 08:00 in Shanghai
            2030-06-01T00:00:00Z            | HJ_633_2026 | long after the change
            """)
    void theRulesInForceDependOnThePeriodStartInShanghaiTime(Instant periodStart, AqiStandard expected, String why) {
        assertThat(AqiStandard.inForceAt(periodStart)).as(why).isEqualTo(expected);
    }

    @Test
    void theChangeIsMidnightOfTheFirstOfMarch2026InShanghai() {
        assertThat(AqiStandard.HJ_633_2026_IN_FORCE_FROM).isEqualTo(Instant.parse("2026-02-28T16:00:00Z"));
    }

    @Test
    void eachStandardHasItsPrintedLabel() {
        assertThat(AqiStandard.HJ_633_2012.label()).isEqualTo("HJ 633-2012");
        assertThat(AqiStandard.HJ_633_2026.label()).isEqualTo("HJ 633-2026");
    }
}
