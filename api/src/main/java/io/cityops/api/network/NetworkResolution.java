package io.cityops.api.network;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** The resolutions of the network series and the window a request gets when it gives no {@code from}. */
enum NetworkResolution {
    PERIOD("15m", Duration.ofHours(24)),
    HOUR("hour", Duration.ofDays(7)),
    DAY("day", Duration.ofDays(90));

    private final String code;
    private final Duration defaultSpan;

    NetworkResolution(String code, Duration defaultSpan) {
        this.code = code;
        this.defaultSpan = defaultSpan;
    }

    String code() {
        return code;
    }

    Duration defaultSpan() {
        return defaultSpan;
    }

    static Optional<NetworkResolution> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
