package io.cityops.jobs.energy;

import io.cityops.ingest.schema.EnergySeries;
import io.cityops.jobs.influx.InfluxPoint;
import io.cityops.jobs.influx.InfluxPointConverter;
import java.time.Instant;
import java.util.List;

/** A counter reset or meter swap as a point of {@code energy_meter_events}, stamped with the reading that showed it. */
final class MeterEventPoints implements InfluxPointConverter<MeterEvent> {

    private static final long serialVersionUID = 1L;

    @Override
    public List<InfluxPoint> toPoints(MeterEvent event) {
        return List.of(InfluxPoint.builder(EnergySeries.METER_EVENTS, Instant.ofEpochMilli(event.eventTime()))
                .tag(EnergySeries.TAG_SUBJECT, event.meter())
                .tag(EnergySeries.TAG_SUBJECT_TYPE, EnergySeries.SUBJECT_METER)
                .field(EnergySeries.FIELD_EVENT, MeterEvent.RESET)
                .field(EnergySeries.FIELD_PREVIOUS, event.previous())
                .field(EnergySeries.FIELD_CURRENT, event.current())
                .build());
    }
}
