package io.cityops.jobs.influx;

import java.util.Objects;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * Flink sink that writes elements to InfluxDB through the v1 HTTP API, at least once: every
 * checkpoint waits until the points before it are acknowledged. Give it points with a stable
 * identity (measurement + tags + time) and replays after recovery overwrite instead of duplicate.
 *
 * <pre>{@code
 * InfluxPointConverter<HourlyAqi> toPoints = aqi -> List.of(InfluxPoint.builder("air_hourly", aqi.hourStart())
 *         .tag("subject", aqi.stationId()).field("aqi", aqi.value()).build());
 * stream.sinkTo(InfluxSink.create(InfluxSinkConfig.defaults(url, "cityops"), toPoints))
 *       .name("InfluxDB air series").uid("influx-air");
 * }</pre>
 *
 * <p>Call {@link InfluxDatabases#ensureDatabase} before starting the job: a write to a missing
 * database is refused (HTTP 404) and fails the job. Any refused write (4xx) fails the job with
 * InfluxDB's error text; 5xx answers and connection failures are retried with back-off first.
 * Metrics on the writer's group: {@code numRecordsSend} (points), {@code numBytesSend},
 * {@code numRecordsSendErrors}, {@code influxBatchesWritten}, {@code influxWriteRetries},
 * {@code currentSendTime} (ms of the last batch).
 *
 * @param <T> the stream's element type, turned into points inside the writer by the converter
 */
public final class InfluxSink<T> implements Sink<T> {

    private static final long serialVersionUID = 1L;

    private final InfluxSinkConfig config;
    private final InfluxPointConverter<T> converter;

    private InfluxSink(InfluxSinkConfig config, InfluxPointConverter<T> converter) {
        this.config = Objects.requireNonNull(config, "InfluxDB sink config");
        this.converter = Objects.requireNonNull(converter, "InfluxDB point converter");
    }

    public static <T> InfluxSink<T> create(InfluxSinkConfig config, InfluxPointConverter<T> converter) {
        return new InfluxSink<>(config, converter);
    }

    @Override
    public SinkWriter<T> createWriter(WriterInitContext context) {
        return new InfluxSinkWriter<>(config, converter, new InfluxHttp(config),
                context.getProcessingTimeService(), context.metricGroup());
    }

    public InfluxSinkConfig config() {
        return config;
    }

    @Override
    public String toString() {
        return "InfluxSink[" + config + "]";
    }
}
