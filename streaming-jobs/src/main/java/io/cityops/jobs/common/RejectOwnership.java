package io.cityops.jobs.common;

import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.Sensor;
import io.cityops.ingest.reading.ParseResult;
import io.cityops.ingest.reading.SensorKind;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which job a rejected reading belongs to. Every job reads all of {@code city.readings}; if each
 * dead-lettered every reject, one bad record would be reported once per job and counted several times in
 * the loss accounting. A reject belongs to the kind of its catalogued sensor (named in the payload or,
 * for a payload too broken to name it, by the Kafka key, which is the sensor id by contract), else to
 * the kind the payload states; what names no kind at all — unreadable bytes from an unknown sender —
 * belongs to the air job, the one every deployment runs.
 */
public final class RejectOwnership implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A broken payload may not parse; the stated kind is looked for without trusting the rest. */
    private static final Pattern STATED_KIND = Pattern.compile("\"kind\"\\s*:\\s*\"([a-z]+)\"");

    /** The kind whose job reports rejects that name no kind. */
    public static final SensorKind FALLBACK_OWNER = SensorKind.AIR;

    private final Catalogue catalogue;

    public RejectOwnership(Catalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    /** The kind the reject concerns, or empty when nothing in it names one. */
    public Optional<SensorKind> kindOf(ParseResult.Rejected rejected, String kafkaKey) {
        Optional<SensorKind> bySensor = catalogued(rejected.sensorId()).or(() -> catalogued(kafkaKey));
        if (bySensor.isPresent()) {
            return bySensor;
        }
        Matcher stated = STATED_KIND.matcher(rejected.payload());
        return stated.find() ? SensorKind.fromWireName(stated.group(1)) : Optional.empty();
    }

    /** Whether the job of {@code job}'s kind reports this reject. */
    public boolean isOwnedBy(SensorKind job, ParseResult.Rejected rejected, String kafkaKey) {
        return kindOf(rejected, kafkaKey).orElse(FALLBACK_OWNER) == job;
    }

    private Optional<SensorKind> catalogued(String sensorId) {
        return sensorId == null ? Optional.empty() : catalogue.sensor(sensorId).map(Sensor::kind);
    }
}
