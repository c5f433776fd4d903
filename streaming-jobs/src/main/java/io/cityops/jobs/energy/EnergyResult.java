package io.cityops.jobs.energy;

import io.cityops.jobs.energy.rules.BarometerLevel;
import io.cityops.jobs.energy.rules.DimensionRating;
import io.cityops.jobs.energy.rules.IntensityFigures;
import io.cityops.jobs.energy.rules.PaceFigures;
import java.math.BigDecimal;

/**
 * A subject's figures after one of its hours changed: the hour, its day and month so far, the year to
 * date with pace and projection against the quota; for entities the day against the daily budget; for
 * regions intensity and the barometer.
 *
 * @param subject          meter, entity or region id
 * @param subjectType      meter, entity or region
 * @param region           the region the subject lies in (itself for regions)
 * @param hourStart        the hour, epoch ms
 * @param hourEnd          its end
 * @param hour             consumption in the hour
 * @param dayStart         start of the hour's local day
 * @param day              the day's consumption so far
 * @param monthStart       start of the hour's local month
 * @param month            the month's consumption so far
 * @param year             the local year
 * @param ytd              the year's consumption so far
 * @param firstSeen        start of the year's earliest hour seen, epoch ms
 * @param asOf             end of the year's latest hour seen, epoch ms
 * @param finalHour        whether the hour can no longer change in the normal course
 * @param replayed         whether the figures were computed while catching up with history
 * @param tcePace          energy against the annual quota, or {@code null} for meters
 * @param tco2Pace         CO2 against the annual quota, or {@code null} for meters
 * @param dailyBudgetTce   the entity's daily budget, or {@code null}
 * @param dailyBudgetRatio the day so far ÷ the daily budget, or {@code null}
 * @param energyIntensity  regions with GDP figures: energy intensity, else {@code null}
 * @param carbonIntensity  regions with GDP figures: carbon intensity, else {@code null}
 * @param energyRating     regions: the barometer on energy, else {@code null}
 * @param carbonRating     regions: the barometer on carbon, else {@code null}
 * @param level            regions: the worse of the two, or {@code null} when not rated
 */
public record EnergyResult(
        String subject, String subjectType, String region, long hourStart, long hourEnd, EnergyTotals hour,
        long dayStart, EnergyTotals day, long monthStart, EnergyTotals month, int year, EnergyTotals ytd,
        long firstSeen, long asOf, boolean finalHour, boolean replayed,
        PaceFigures tcePace, PaceFigures tco2Pace, BigDecimal dailyBudgetTce, BigDecimal dailyBudgetRatio,
        IntensityFigures energyIntensity, IntensityFigures carbonIntensity, DimensionRating energyRating,
        DimensionRating carbonRating, BarometerLevel level) {
}
