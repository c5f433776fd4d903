package io.cityops.simulators.energy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * Public holidays the load shapes know: fixed-date ones every year and the 2026 moving ones
 * (approximate: Spring Festival week around 17 February, Qingming, Dragon Boat, Mid-Autumn).
 */
final class Holidays {

    private static final Set<MonthDay> FIXED = Set.of(
            MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(5, 2), MonthDay.of(5, 3), MonthDay.of(5, 4), MonthDay.of(5, 5),
            MonthDay.of(10, 1), MonthDay.of(10, 2), MonthDay.of(10, 3), MonthDay.of(10, 4), MonthDay.of(10, 5),
            MonthDay.of(10, 6), MonthDay.of(10, 7));

    private static final Set<LocalDate> MOVING_2026 = Set.of(
            LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
            LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20), LocalDate.of(2026, 2, 21), LocalDate.of(2026, 2, 22),
            LocalDate.of(2026, 2, 23), LocalDate.of(2026, 4, 4), LocalDate.of(2026, 4, 5), LocalDate.of(2026, 4, 6),
            LocalDate.of(2026, 6, 19), LocalDate.of(2026, 6, 20), LocalDate.of(2026, 6, 21), LocalDate.of(2026, 9, 25),
            LocalDate.of(2026, 9, 26), LocalDate.of(2026, 9, 27));

    private Holidays() {
    }

    static boolean isHoliday(LocalDate date) {
        return FIXED.contains(MonthDay.from(date)) || MOVING_2026.contains(date);
    }
}
