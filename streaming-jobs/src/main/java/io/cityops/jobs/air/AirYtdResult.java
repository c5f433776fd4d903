package io.cityops.jobs.air;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A region's year to date: good days (daily AQI ≤ 100) among valid days and the PM2.5 mean, with the
 * catalogue's targets for the year.
 *
 * @param subject            region id
 * @param subjectType        {@link AirSubjects#REGION}
 * @param year               the local calendar year
 * @param start              start of the year, epoch ms (the point's time: one point per year, rewritten daily)
 * @param end                end of the last day counted, epoch ms
 * @param lastDay            the last day counted, ISO local date
 * @param goodDays           valid days with daily AQI ≤ 100
 * @param validDays          days whose daily result is valid and has an AQI
 * @param goodDayRatio       goodDays / validDays in percent (2 decimals), null without valid days
 * @param pm25Mean           mean of the valid daily PM2.5 means (µg/m³, 2 decimals), null without any
 * @param pm25Days           how many daily PM2.5 means went into the mean
 * @param goodDayRatioTarget the year's target in percent, null when the catalogue has none
 * @param pm25MeanTarget     the year's PM2.5 annual-mean target, null when the catalogue has none
 * @param finalResult        true when the last day counted is final
 */
public record AirYtdResult(String subject, String subjectType, int year, long start, long end, String lastDay,
                           int goodDays, int validDays, BigDecimal goodDayRatio, BigDecimal pm25Mean, int pm25Days,
                           Double goodDayRatioTarget, Double pm25MeanTarget, boolean finalResult) {

    public AirYtdResult {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(lastDay, "lastDay");
    }
}
