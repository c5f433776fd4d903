package io.cityops.simulators.energy;

import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.EnergyEntityType;
import io.cityops.ingest.reading.Reading;
import io.cityops.simulators.publish.ReadingPublisher;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Sends the enterprises' meters the way their online monitoring platform does (straight to Kafka) and
 * the buildings' and residents' smart meters over MQTT. Closing it closes neither publisher: they
 * belong to the caller.
 */
public final class MeterRoutingPublisher implements ReadingPublisher {

    private final ReadingPublisher platform;
    private final ReadingPublisher mqtt;
    private final Set<String> platformMeters = new HashSet<>();

    /**
     * @param platform where enterprise meters go (a Kafka publisher)
     * @param mqtt     where the other meters go (an MQTT publisher)
     */
    public MeterRoutingPublisher(Catalogue catalogue, ReadingPublisher platform, ReadingPublisher mqtt) {
        this.platform = Objects.requireNonNull(platform, "platform");
        this.mqtt = Objects.requireNonNull(mqtt, "mqtt");
        catalogue.energy().meters().forEach(m -> catalogue.energy().entity(m.entity())
                .filter(e -> e.type() == EnergyEntityType.ENTERPRISE)
                .ifPresent(e -> platformMeters.add(m.id())));
    }

    /** Whether the meter reports through the enterprise platform (Kafka). */
    public boolean viaPlatform(String meterId) {
        return platformMeters.contains(meterId);
    }

    @Override
    public void publish(Reading reading) {
        (viaPlatform(reading.sensorId()) ? platform : mqtt).publish(reading);
    }

    @Override
    public void flush() {
        platform.flush();
        mqtt.flush();
    }

    @Override
    public long sent() {
        return platform.sent() + mqtt.sent();
    }

    @Override
    public void close() {
        flush();
    }
}
