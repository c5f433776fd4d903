package io.cityops.api.ingest;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Loss accounting settings.
 *
 * @param staleAfter a sensor not seen for longer than this (or never seen) is flagged stale
 */
@ConfigurationProperties(IngestProperties.PREFIX)
public record IngestProperties(@Bindable(defaultValue = "15m") Duration staleAfter) {

    public static final String PREFIX = "cityops.ingest";

    public IngestProperties {
        if (staleAfter == null || staleAfter.isNegative() || staleAfter.isZero()) {
            throw new IllegalArgumentException(PREFIX + ".stale-after must be a positive duration such as 15m, got "
                    + staleAfter);
        }
    }
}
