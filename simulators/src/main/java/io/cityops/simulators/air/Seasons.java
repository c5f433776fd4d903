package io.cityops.simulators.air;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.temporal.ChronoUnit;

/** Calendar facts of North China the air model follows (DOMAIN.md §4). Pure functions of local time. */
final class Seasons {

    private Seasons() {
    }

    /** District heating runs 1 November to 31 March. */
    static boolean heatingSeason(LocalDate date) {
        int m = date.getMonthValue();
        return m >= 11 || m <= 3;
    }

    /**
     * How much heating adds to primary pollution: 1 outside the season; from 1 November rising over
     * ten days (boilers come on over a week or so) to 1.9.
     */
    static double heatingFactor(LocalDate date) {
        if (!heatingSeason(date)) {
            return 1.0;
        }
        int seasonYear = date.getMonthValue() >= 11 ? date.getYear() : date.getYear() - 1;
        long days = ChronoUnit.DAYS.between(LocalDate.of(seasonYear, Month.NOVEMBER, 1), date);
        double ramp = Math.min(1.0, (days + 1) / 10.0);
        return 1.0 + 0.9 * ramp;
    }

    /** 0 in mid-January, 1 in mid-July, a smooth cosine in between. */
    static double summerness(LocalDate date) {
        return 0.5 - 0.5 * Math.cos(2 * Math.PI * (date.getDayOfYear() - 15) / 365.25);
    }

    static boolean weekend(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }

    /**
     * Earthwork at construction sites: 15 March to 14 November (winter works are suspended for the
     * heating season), Monday to Saturday, 07:00–19:00.
     */
    static boolean constructionHours(LocalDateTime t) {
        LocalDate d = t.toLocalDate();
        LocalDate seasonStart = LocalDate.of(d.getYear(), Month.MARCH, 15);
        LocalDate seasonEnd = LocalDate.of(d.getYear(), Month.NOVEMBER, 15);
        return !d.isBefore(seasonStart) && d.isBefore(seasonEnd)
                && d.getDayOfWeek() != DayOfWeek.SUNDAY
                && t.getHour() >= 7 && t.getHour() < 19;
    }

    /** Share of summer days that are ozone days, by month. */
    static double ozoneDayChance(LocalDate date) {
        return switch (date.getMonth()) {
            case MAY -> 0.2;
            case JUNE, JULY -> 0.45;
            case AUGUST -> 0.3;
            case SEPTEMBER -> 0.12;
            default -> 0.0;
        };
    }

    static boolean spring(LocalDate date) {
        int m = date.getMonthValue();
        return m >= 3 && m <= 5;
    }
}
