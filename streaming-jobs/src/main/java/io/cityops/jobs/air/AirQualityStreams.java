package io.cityops.jobs.air;

import io.cityops.ingest.indicator.RuleObservation;
import io.cityops.ingest.reading.DeadLetter;
import io.cityops.jobs.common.IngestStats;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * The outputs of the air-quality topology.
 *
 * @param deadLetters rejected and too-late readings, for {@code city.readings.invalid}
 * @param hourly      hourly reports of stations and regions (revisions and final flags included)
 * @param daily       daily reports of stations and regions
 * @param yearToDate  regions' year to date, after each daily report
 * @param ingestStats cumulative loss-accounting counters per sensor
 * @param observations values alert rules watch ({@code aqi_hourly}, {@code pm25_hourly}, {@code pm10_hourly})
 */
public record AirQualityStreams(DataStream<DeadLetter> deadLetters, DataStream<AirResult> hourly,
                                DataStream<AirResult> daily, DataStream<AirYtdResult> yearToDate,
                                DataStream<IngestStats> ingestStats, DataStream<RuleObservation> observations) {
}
