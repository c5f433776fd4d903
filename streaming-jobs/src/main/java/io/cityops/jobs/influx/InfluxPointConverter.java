package io.cityops.jobs.influx;

import java.io.Serializable;
import java.util.List;

/**
 * Turns one stream element into the InfluxDB points that represent it (none, one or several).
 * Runs inside the sink writer, so elements cross the network as their own (record) types and
 * points never need a Flink serializer.
 */
@FunctionalInterface
public interface InfluxPointConverter<T> extends Serializable {

    List<InfluxPoint> toPoints(T element);
}
