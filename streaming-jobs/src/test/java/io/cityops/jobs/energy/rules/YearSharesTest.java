package io.cityops.jobs.energy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityops.ingest.catalogue.SeasonalProfile;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class YearSharesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static java.time.Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    private static SeasonalProfile januaryDouble() {
        List<BigDecimal> weights = new ArrayList<>(Collections.nCopies(12, BigDecimal.ONE));
        weights.set(0, new BigDecimal("2"));
        return new SeasonalProfile(weights);
    }

    @Test
    void byCalendarADayOf2026IsOne365th() {
        YearShares shares = new YearShares(null, SHANGHAI);
        assertThat(shares.expected(at("2026-01-01T00:00"), at("2026-01-02T00:00"))).isEqualByComparingTo("0.002739726027");
        assertThat(shares.expected(at("2026-01-01T00:00"), at("2027-01-01T00:00"))).isEqualByComparingTo("1");
        // 2024 is a leap year: one day is 1/366.
        assertThat(shares.calendar(at("2024-01-01T00:00"), at("2024-01-02T00:00"))).isEqualByComparingTo("0.002732240437");
    }

    @Test
    void aProfileWeighsMonthsAndSplitsAMonthByTime() {
        YearShares shares = new YearShares(januaryDouble(), SHANGHAI);
        // January weighs 2 of 13.
        assertThat(shares.expected(at("2026-01-01T00:00"), at("2026-02-01T00:00"))).isEqualByComparingTo("0.153846153846");
        // Half of January's 31 days.
        assertThat(shares.expected(at("2026-01-01T00:00"), at("2026-01-16T12:00"))).isEqualByComparingTo("0.076923076923");
        assertThat(shares.expected(at("2026-01-01T00:00"), at("2027-01-01T00:00"))).isEqualByComparingTo("1");
        // The calendar share ignores the profile.
        assertThat(shares.calendar(at("2026-01-01T00:00"), at("2026-02-01T00:00"))).isEqualByComparingTo("0.084931506849");
    }

    @Test
    void theLocalYearStartsAtMidnightInShanghai() {
        YearShares shares = new YearShares(null, SHANGHAI);
        assertThat(shares.yearStart(2026)).isEqualTo(java.time.Instant.parse("2025-12-31T16:00:00Z"));
        assertThat(shares.yearOf(java.time.Instant.parse("2025-12-31T16:30:00Z"))).isEqualTo(2026);
    }
}
