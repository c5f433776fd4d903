package io.cityops.api.energy;

import java.time.Instant;

/** A checked request for {@code /api/v1/energy/series}. */
record EnergySeriesRequest(EnergySubject subject, EnergyResolution resolution, EnergyUnit unit, String field, Instant from,
                           Instant to) {
}
