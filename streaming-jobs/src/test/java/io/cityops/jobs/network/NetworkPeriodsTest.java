package io.cityops.jobs.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NetworkPeriodsTest {

    private static final NetworkPeriods PERIODS = new NetworkPeriods(Duration.ofMinutes(15), ZoneId.of("Asia/Shanghai"));

    @ParameterizedTest(name = "a report stamped {0} covers the period from {1}")
    @CsvSource({
            // counters are stamped at the end of their period (TS 28.552 granularity period)
            "2026-11-28T02:15:00Z, 2026-11-28T02:00:00Z",
            "2026-11-28T02:14:59Z, 2026-11-28T02:00:00Z",
            "2026-11-28T02:15:01Z, 2026-11-28T02:15:00Z"})
    void aReportCoversThePeriodEndingAtItsStamp(String ts, String start) {
        assertThat(PERIODS.periodStartOfReport(Instant.parse(ts).toEpochMilli())).isEqualTo(Instant.parse(start).toEpochMilli());
    }

    @Test
    void hoursAndDaysAreLocal() {
        long period = Instant.parse("2026-11-28T16:45:00Z").toEpochMilli(); // 00:45 local on the 29th
        assertThat(PERIODS.hourStart(period)).isEqualTo(Instant.parse("2026-11-28T16:00:00Z").toEpochMilli());
        assertThat(PERIODS.dayStart(period)).isEqualTo(Instant.parse("2026-11-28T16:00:00Z").toEpochMilli());
        assertThat(PERIODS.dayEnd(PERIODS.dayStart(period))).isEqualTo(Instant.parse("2026-11-29T16:00:00Z").toEpochMilli());
    }

    @Test
    void refusesAPeriodThatDoesNotDivideAnHour() {
        assertThatThrownBy(() -> new NetworkPeriods(Duration.ofMinutes(7), ZoneId.of("UTC")))
                .hasMessageContaining("must divide an hour");
    }
}
