package io.cityops.jobs.energy;

import io.cityops.jobs.common.ReadingIdentity;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A validated meter reading: the counter it reports and the original payload, which a dead letter
 * (too late, implausible advance) repeats.
 *
 * @param counter the counter value, exactly as sent (a JSON number's shortest decimal form)
 */
public record EnergySample(String sensorId, long eventTime, Long seq, String counterKey, BigDecimal counter, String payload)
        implements ReadingIdentity {

    public EnergySample {
        Objects.requireNonNull(sensorId, "sensorId");
        Objects.requireNonNull(counterKey, "counterKey");
        Objects.requireNonNull(counter, "counter");
        Objects.requireNonNull(payload, "payload");
    }
}
