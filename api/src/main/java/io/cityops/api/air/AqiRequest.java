package io.cityops.api.air;

import java.time.Instant;

/** A validated request for an AQI series: periods of {@code resolution} starting in [from, to). */
record AqiRequest(Subject subject, Resolution resolution, Instant from, Instant to) {
}
