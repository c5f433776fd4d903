package io.cityops.jobs.network.congestion;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The busy hour of a day: the hour carrying the most traffic (ITU-T E.600's time-consistent busy
 * hour, taken per site per day); on a tie, the earlier hour.
 *
 * @param hourStart start of the busiest hour so far, epoch ms, or -1 when no hour has been seen
 * @param trafficGb its traffic
 */
public record BusyHour(long hourStart, BigDecimal trafficGb) implements Serializable {

    public static final BusyHour NONE = new BusyHour(-1, BigDecimal.ZERO);

    public BusyHour {
        Objects.requireNonNull(trafficGb, "trafficGb");
    }

    public BusyHour consider(long hour, BigDecimal traffic) {
        if (traffic == null) {
            return this;
        }
        if (!isKnown() || traffic.compareTo(trafficGb) > 0 || traffic.compareTo(trafficGb) == 0 && hour < hourStart) {
            return new BusyHour(hour, traffic);
        }
        return this;
    }

    public boolean isKnown() {
        return hourStart >= 0;
    }
}
