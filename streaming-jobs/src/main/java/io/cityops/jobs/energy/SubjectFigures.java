package io.cityops.jobs.energy;

import io.cityops.ingest.catalogue.BarometerRule;
import io.cityops.ingest.catalogue.EnergyCatalogue;
import io.cityops.ingest.catalogue.EnergyEntity;
import io.cityops.ingest.catalogue.IntensityTarget;
import io.cityops.ingest.catalogue.RegionQuota;
import io.cityops.ingest.catalogue.RegionYearFigures;
import io.cityops.ingest.schema.EnergySeries;
import io.cityops.jobs.energy.rules.Barometer;
import io.cityops.jobs.energy.rules.BarometerLevel;
import io.cityops.jobs.energy.rules.DimensionRating;
import io.cityops.jobs.energy.rules.Intensity;
import io.cityops.jobs.energy.rules.IntensityFigures;
import io.cityops.jobs.energy.rules.Pace;
import io.cityops.jobs.energy.rules.PaceFigures;
import io.cityops.jobs.energy.rules.YearShares;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Builds a subject's {@link EnergyResult} from its totals and the catalogue's quotas, GDP and targets. */
final class SubjectFigures implements Serializable {

    private static final long serialVersionUID = 1L;

    private final EnergySubjects subjects;
    private final EnergyCatalogue energy;

    SubjectFigures(EnergySubjects subjects) {
        this.subjects = Objects.requireNonNull(subjects, "subjects");
        this.energy = subjects.catalogue().energy();
    }

    /** The seasonal shape a subject is measured by: its region's (an entity's: its sub-district's), else the default. */
    private YearShares sharesFor(String subject, String type) {
        var catalogue = subjects.catalogue();
        String region = subjects.regionOf(subject, type);
        if (region != null && !type.equals(EnergySeries.SUBJECT_REGION)) {
            region = catalogue.subDistrictOf(region).map(io.cityops.ingest.catalogue.Region::id).orElse(region);
        }
        return new YearShares(region == null ? energy.seasonalProfile() : energy.profileFor(region), catalogue.timeZone());
    }

    EnergyResult result(String subject, String type, long hourStart, EnergyTotals hour, EnergyTotals day, EnergyTotals month,
                        YearTotals year, boolean finalHour, boolean replayed) {
        YearShares shares = sharesFor(subject, type);
        var zone = shares.zone();
        int y = LocalHours.year(hourStart, zone);
        Instant yearStart = shares.yearStart(y);
        Instant firstSeen = Instant.ofEpochMilli(year.firstSeen());
        Instant asOf = Instant.ofEpochMilli(year.asOf());
        BigDecimal shareByNow = shares.expected(yearStart, asOf);
        BigDecimal shareSeen = shares.expected(firstSeen, asOf);

        PaceFigures tcePace = null;
        PaceFigures tco2Pace = null;
        BigDecimal budget = null;
        BigDecimal budgetRatio = null;
        IntensityFigures energyIntensity = null;
        IntensityFigures carbonIntensity = null;
        DimensionRating energyRating = null;
        DimensionRating carbonRating = null;
        BarometerLevel level = null;
        if (type.equals(EnergySeries.SUBJECT_ENTITY)) {
            EnergyEntity entity = energy.entity(subject).orElseThrow();
            tcePace = Pace.of(year.totals().tce(), entity.annualQuotaTce(), shareByNow, shareSeen);
            tco2Pace = Pace.of(year.totals().tco2(), entity.annualQuotaTco2(), shareByNow, shareSeen);
            budget = entity.dailyBudgetTce();
            budgetRatio = io.cityops.jobs.energy.rules.Decimals.plain(day.tce().divide(budget, Pace.RATIO_SCALE, RoundingMode.HALF_EVEN));
        } else if (type.equals(EnergySeries.SUBJECT_REGION)) {
            Optional<RegionQuota> quota = energy.quota(subject);
            tcePace = Pace.of(year.totals().tce(), quota.map(RegionQuota::annualQuotaTce).orElse(null), shareByNow, shareSeen);
            tco2Pace = Pace.of(year.totals().tco2(), quota.map(RegionQuota::annualQuotaTco2).orElse(null), shareByNow, shareSeen);
            Optional<RegionYearFigures> now = energy.figures(subject, y);
            BigDecimal calendarShare = shares.calendar(firstSeen, asOf);
            if (now.isPresent() && calendarShare.signum() > 0) {
                RegionYearFigures last = energy.figures(subject, y - 1).orElse(null);
                RegionYearFigures base = energy.figures(subject, energy.barometer().baseYear()).orElse(null);
                energyIntensity = Intensity.compare(year.totals().tce(), now.get().gdpBillionYuan(), calendarShare, shareSeen,
                        last == null ? null : last.tce(), last == null ? null : last.gdpBillionYuan(),
                        base == null ? null : base.tce(), base == null ? null : base.gdpBillionYuan());
                carbonIntensity = Intensity.compare(year.totals().tco2(), now.get().gdpBillionYuan(), calendarShare, shareSeen,
                        last == null ? null : last.tco2(), last == null ? null : last.gdpBillionYuan(),
                        base == null ? null : base.tco2(), base == null ? null : base.gdpBillionYuan());
            }
            BarometerRule rule = energy.barometer();
            energyRating = Barometer.rate(energyIntensity == null ? null : energyIntensity.reductionVsLastYear(),
                    rule.targetFor(IntensityTarget.Dimension.ENERGY, y).map(Barometer::annualPace).orElse(null),
                    tcePace.projectionRatio(), rule.totalsYellowShare());
            carbonRating = Barometer.rate(carbonIntensity == null ? null : carbonIntensity.reductionVsLastYear(),
                    rule.targetFor(IntensityTarget.Dimension.CARBON, y).map(Barometer::annualPace).orElse(null),
                    tco2Pace.projectionRatio(), rule.totalsYellowShare());
            level = Barometer.worse(energyRating.level(), carbonRating.level());
        }
        return new EnergyResult(subject, type, subjects.regionOf(subject, type), hourStart, LocalHours.hourEnd(hourStart, zone),
                hour, LocalHours.dayStart(hourStart, zone), day, LocalHours.monthStart(hourStart, zone), month, y, year.totals(),
                year.firstSeen(), year.asOf(), finalHour, replayed, tcePace, tco2Pace, budget, budgetRatio, energyIntensity,
                carbonIntensity, energyRating, carbonRating, level);
    }
}
