package io.cityops.jobs.network.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoverageTest {

    @ParameterizedTest(name = "{0} active of {2} planned, {3} residents → {4} %, {5} per 10,000")
    @CsvSource(nullValues = "null", textBlock = """
            # a district of 800,000 residents with 425 sites active and 435 planned
            425, 425, 435, 800000, 97.7, 5.31
            # Shanxi reached 26.7 base stations per 10,000 people in Nov 2023 (DOMAIN.md §3)
            267, 267, 260, 100000, 102.7, 26.70
            36, 36, 36, 68000, 100.0, 5.29
            0, 16, 20, 30000, 0.0, 0.00
            3, 3, 0, 30000, null, 1.00
            3, 3, 4, null, 75.0, null
            """)
    void activeSitesAgainstThePlanAndPerTenThousandResidents(int active, int built, int planned, Long population,
                                                             String pct, String per10k) {
        Coverage coverage = Coverage.of(active, built, planned, population);
        if (pct == null) {
            assertThat(coverage.activePct()).isNull();
        } else {
            assertThat(coverage.activePct()).isEqualByComparingTo(pct);
        }
        if (per10k == null) {
            assertThat(coverage.sitesPer10k()).isNull();
        } else {
            assertThat(coverage.sitesPer10k()).isEqualByComparingTo(per10k);
        }
        assertThat(coverage.gap()).isEqualTo(Math.max(0, planned - active));
    }
}
