package io.cityops.jobs.influx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.flink.api.common.operators.ProcessingTimeService;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.groups.SinkWriterMetricGroup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buffers points as line protocol and writes them to InfluxDB in batches: when the batch is
 * full, when the oldest buffered point has waited the flush interval, and on every
 * {@link #flush(boolean)}, which Flink calls before each checkpoint barrier passes the sink. A
 * checkpoint therefore completes only once all points before it are acknowledged by InfluxDB
 * (at-least-once; idempotent point identities make replays overwrite, not duplicate).
 *
 * <p>Writes are synchronous on the task thread, timers included (the processing-time service
 * runs callbacks in the task's mailbox), so there is no concurrent state and no asynchronous
 * failure to carry over: a failed write throws from the call that made it and fails the task.
 */
final class InfluxSinkWriter<T> implements SinkWriter<T> {

    private static final Logger LOG = LoggerFactory.getLogger(InfluxSinkWriter.class);

    private final InfluxSinkConfig config;
    private final InfluxPointConverter<T> converter;
    private final InfluxHttp http;
    private final ProcessingTimeService timers;

    private final Counter pointsWritten;
    private final Counter bytesWritten;
    private final Counter pointsFailed;
    private final Counter batchesWritten;
    private final Counter retries;
    private volatile long lastBatchMillis;

    private final StringBuilder buffer = new StringBuilder();
    private int bufferedPoints;
    private boolean flushTimerPending;
    private boolean closed;

    InfluxSinkWriter(InfluxSinkConfig config, InfluxPointConverter<T> converter, InfluxHttp http,
                     ProcessingTimeService timers, SinkWriterMetricGroup metrics) {
        this.config = config;
        this.converter = converter;
        this.http = http;
        this.timers = timers;
        this.pointsWritten = metrics.getNumRecordsSendCounter();
        this.bytesWritten = metrics.getNumBytesSendCounter();
        this.pointsFailed = metrics.getNumRecordsSendErrorsCounter();
        this.batchesWritten = metrics.counter("influxBatchesWritten");
        this.retries = metrics.counter("influxWriteRetries");
        metrics.setCurrentSendTimeGauge(() -> lastBatchMillis);
    }

    @Override
    public void write(T element, Context context) throws IOException, InterruptedException {
        List<InfluxPoint> points = converter.toPoints(element);
        if (points == null) {
            return;
        }
        for (InfluxPoint point : points) {
            if (bufferedPoints == 0) {
                scheduleFlushTimer();
            }
            point.appendLineProtocol(buffer);
            buffer.append('\n');
            bufferedPoints++;
            if (bufferedPoints >= config.batchSize()) {
                writeBuffer();
            }
        }
    }

    @Override
    public void flush(boolean endOfInput) throws IOException, InterruptedException {
        writeBuffer();
    }

    /**
     * Drops what is still buffered: points after the last checkpoint are replayed from the source
     * after a failure, and at the end of input {@link #flush(boolean)} has already written them.
     */
    @Override
    public void close() {
        closed = true;
        if (bufferedPoints > 0) {
            LOG.info("InfluxDB sink closed with {} unflushed points for database '{}'; they are replayed from the "
                    + "last checkpoint", bufferedPoints, config.database());
        }
        buffer.setLength(0);
        buffer.trimToSize();
        bufferedPoints = 0;
    }

    /** One timer per non-empty buffer: it fires flushInterval after the first point arrived. */
    private void scheduleFlushTimer() {
        if (flushTimerPending) {
            return;
        }
        flushTimerPending = true;
        long due = timers.getCurrentProcessingTime() + config.flushInterval().toMillis();
        timers.registerTimer(due, time -> {
            flushTimerPending = false;
            if (!closed) {
                writeBuffer();
            }
        });
    }

    private void writeBuffer() throws IOException, InterruptedException {
        if (bufferedPoints == 0) {
            return;
        }
        byte[] body = buffer.toString().getBytes(StandardCharsets.UTF_8);
        int points = bufferedPoints;
        long started = System.nanoTime();
        try {
            http.write(body, points, (attempt, reason) -> {
                retries.inc();
                LOG.warn("InfluxDB write of {} points to database '{}' failed ({}); retry {} of {}",
                        points, config.database(), reason, attempt, config.maxRetries());
            });
        } catch (IOException e) {
            pointsFailed.inc(points);
            throw e;
        }
        lastBatchMillis = (System.nanoTime() - started) / 1_000_000;
        buffer.setLength(0);
        bufferedPoints = 0;
        pointsWritten.inc(points);
        bytesWritten.inc(body.length);
        batchesWritten.inc();
    }
}
