package io.cityops.jobs.energy;

import io.cityops.ingest.reading.DeadLetter;
import io.cityops.jobs.common.IngestStats;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * The outputs of the energy topology.
 *
 * @param deadLetters  rejected, too-late and implausible readings, for {@code city.readings.invalid}
 * @param meterHours   each meter's complete hours
 * @param results      per subject, after each change of one of its hours
 * @param meterEvents  counter resets and meter swaps
 * @param ingestStats  cumulative loss-accounting counters per meter
 */
public record EnergyStreams(DataStream<DeadLetter> deadLetters, DataStream<MeterHour> meterHours,
                            DataStream<EnergyResult> results, DataStream<MeterEvent> meterEvents,
                            DataStream<IngestStats> ingestStats) {
}
