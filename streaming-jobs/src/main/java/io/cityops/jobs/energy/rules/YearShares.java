package io.cityops.jobs.energy.rules;

import io.cityops.ingest.catalogue.SeasonalProfile;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Which share of a year's consumption is expected between two instants of that year: by the seasonal
 * profile when the catalogue has one (monthly weights, calendar time within a month), else by calendar
 * time. Ratios are rounded to {@link #SCALE} decimals.
 */
public final class YearShares implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int SCALE = 12;
    private static final MathContext MC = MathContext.DECIMAL64;

    private final SeasonalProfile profile;
    private final ZoneId zone;

    /** @param profile the seasonal profile, or {@code null} for calendar time */
    public YearShares(SeasonalProfile profile, ZoneId zone) {
        this.profile = profile;
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public ZoneId zone() {
        return zone;
    }

    public int yearOf(Instant instant) {
        return instant.atZone(zone).getYear();
    }

    public Instant yearStart(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
    }

    /** The expected share of the year's consumption in [{@code from}, {@code to}), both within one local year. */
    public BigDecimal expected(Instant from, Instant to) {
        if (profile == null) {
            return calendar(from, to);
        }
        int year = yearOf(from);
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal totalWeight = BigDecimal.ZERO;
        for (int month = 1; month <= 12; month++) {
            BigDecimal weight = profile.monthlyWeights().get(month - 1);
            totalWeight = totalWeight.add(weight);
            Instant monthStart = LocalDate.of(year, month, 1).atStartOfDay(zone).toInstant();
            Instant monthEnd = LocalDate.of(year, month, 1).plusMonths(1).atStartOfDay(zone).toInstant();
            long overlap = overlapMillis(from, to, monthStart, monthEnd);
            if (overlap > 0) {
                weighted = weighted.add(weight.multiply(BigDecimal.valueOf(overlap))
                        .divide(BigDecimal.valueOf(Duration.between(monthStart, monthEnd).toMillis()), MC));
            }
        }
        return Decimals.plain(weighted.divide(totalWeight, MC).setScale(SCALE, RoundingMode.HALF_EVEN));
    }

    /** The share of the calendar year's time in [{@code from}, {@code to}). */
    public BigDecimal calendar(Instant from, Instant to) {
        int year = yearOf(from);
        long yearMillis = Duration.between(yearStart(year), yearStart(year + 1)).toMillis();
        long overlap = overlapMillis(from, to, yearStart(year), yearStart(year + 1));
        return Decimals.plain(BigDecimal.valueOf(overlap).divide(BigDecimal.valueOf(yearMillis), SCALE, RoundingMode.HALF_EVEN));
    }

    private static long overlapMillis(Instant from, Instant to, Instant start, Instant end) {
        Instant a = from.isAfter(start) ? from : start;
        Instant b = to.isBefore(end) ? to : end;
        return b.isAfter(a) ? Duration.between(a, b).toMillis() : 0;
    }
}
