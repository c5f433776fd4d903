package io.cityops.api.alerts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The body of {@code POST /api/v1/alerts/{id}/{action}}. */
@Serdeable
record CommandRequest(@Nullable String actor, @Nullable String note, @Nullable String assignee,
                      @Nullable Boolean verified, @Nullable Long expectedVersion) {
}
