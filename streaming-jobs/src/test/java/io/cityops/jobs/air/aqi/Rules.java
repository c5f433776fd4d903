package io.cityops.jobs.air.aqi;

import java.util.List;

/** Test rows name the rule sets they hold for; most breakpoint columns are the same in both. */
enum Rules {
    BOTH(List.of(AqiStandard.HJ_633_2012, AqiStandard.HJ_633_2026)),
    R2012(List.of(AqiStandard.HJ_633_2012)),
    R2026(List.of(AqiStandard.HJ_633_2026));

    private final List<AqiStandard> standards;

    Rules(List<AqiStandard> standards) {
        this.standards = standards;
    }

    List<AqiStandard> standards() {
        return standards;
    }
}
