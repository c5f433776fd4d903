package io.cityops.api.alerts.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * How one subscription is doing.
 *
 * @param delivered transitions the receiver took
 * @param failed    failed attempts (each retry that failed counts)
 * @param dropped   transitions given up on (attempts exhausted or queue full)
 * @param pending   transitions waiting, including the one being sent
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record WebhookStatus(String name, String url, List<String> severities, List<String> kinds, List<String> regions,
                            long delivered, long failed, long dropped, long pending, @Nullable String lastError,
                            @Nullable Instant lastErrorAt, @Nullable Instant lastDeliveredAt) {
}
