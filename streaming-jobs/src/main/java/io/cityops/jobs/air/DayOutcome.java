package io.cityops.jobs.air;

import java.math.BigDecimal;

/**
 * What a day adds to a region's year to date.
 *
 * @param year     local calendar year of the day
 * @param valid    whether the daily result is valid and has an AQI
 * @param good     valid and daily AQI ≤ 100
 * @param pm25Mean the day's valid PM2.5 mean (unrounded), or null
 */
public record DayOutcome(int year, boolean valid, boolean good, BigDecimal pm25Mean) {
}
