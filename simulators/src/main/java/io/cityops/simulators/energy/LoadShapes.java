package io.cityops.simulators.energy;

import io.cityops.ingest.catalogue.EnergyEntityType;
import io.cityops.ingest.reading.EnergyCarrier;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.Month;

/**
 * How hard an entity draws on a carrier at a local time, as a share of the meter's plausible maximum
 * per hour (DOMAIN.md §4, general North-China patterns):
 * <ul>
 *   <li>industrial coal: flat tonnage, day and night;</li>
 *   <li>industrial electricity: a little higher by day, lower on weekends and holidays; a data centre flat;</li>
 *   <li>offices and schools: night 25–35 % of the day's peak, near peak 09:00–17:30 with a lunch dip,
 *       weekends and holidays 40–60 %;</li>
 *   <li>residential electricity: trough 02:00–05:00, evening peak 19:00–22:00; gas: cooking peaks;</li>
 *   <li>district heat: flat in the heating season (1 November – 31 March), outside it hot water only.</li>
 * </ul>
 */
final class LoadShapes {

    /** Typical draw as a share of the maximum: the catalogue sets maxima at about three times it. */
    private static final double TYPICAL = 1.0 / 3.0;
    /** Heat meters' maxima allow for the coldest hours of the season: about twelve times the season's mean. */
    private static final double HEAT_TYPICAL = 1.0 / 12.0;

    private LoadShapes() {
    }

    static boolean heatingSeason(LocalDateTime time) {
        Month m = time.getMonth();
        return m == Month.NOVEMBER || m == Month.DECEMBER || m.getValue() <= 3;
    }

    static boolean restDay(LocalDateTime time) {
        DayOfWeek d = time.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY || Holidays.isHoliday(time.toLocalDate());
    }

    /** The share of the meter's maximum per hour drawn at {@code time}. */
    static double share(EnergyEntityType type, String sector, EnergyCarrier carrier, LocalDateTime time) {
        if (carrier == EnergyCarrier.HEAT) {
            return HEAT_TYPICAL * (heatingSeason(time) ? 1.0 : 0.1);
        }
        if (carrier == EnergyCarrier.COAL) {
            // Industrial coal: flat daily tonnage (the catalogue sets coal maxima at 2.5 times it).
            return 0.4;
        }
        double hour = time.getHour() + time.getMinute() / 60.0;
        return TYPICAL * switch (type) {
            case ENTERPRISE -> "data_centre".equals(sector) ? 1.0 : industrial(hour, restDay(time));
            case PUBLIC_BUILDING -> office(hour, restDay(time)) * ("hospital".equals(sector) ? 1.1 : 1.0);
            case RESIDENTIAL -> carrier == EnergyCarrier.GAS ? cooking(hour) : residential(hour, restDay(time));
        };
    }

    private static double industrial(double hour, boolean rest) {
        double day = hour >= 8 && hour < 20 ? 1.1 : 0.9;
        return day * (rest ? 0.8 : 1.0);
    }

    private static double office(double hour, boolean rest) {
        double level;
        if (hour < 7 || hour >= 20) {
            level = 0.3;
        } else if (hour < 9 || hour >= 17.5) {
            level = 0.6;
        } else if (hour >= 12 && hour < 13.5) {
            level = 0.85;
        } else {
            level = 1.0;
        }
        return 1.6 * (rest ? Math.min(level, 0.5) : level);
    }

    private static double residential(double hour, boolean rest) {
        double level;
        if (hour >= 2 && hour < 5) {
            level = 0.5;
        } else if (hour >= 19 && hour < 22) {
            level = 1.6;
        } else {
            level = 1.0;
        }
        return level * (rest ? 1.1 : 1.0);
    }

    private static double cooking(double hour) {
        if (hour >= 6.5 && hour < 8 || hour >= 11 && hour < 12.5 || hour >= 17.5 && hour < 19.5) {
            return 2.2;
        }
        return hour >= 23 || hour < 5 ? 0.2 : 0.7;
    }
}
