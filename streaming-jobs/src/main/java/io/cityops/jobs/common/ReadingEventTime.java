package io.cityops.jobs.common;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cityops.ingest.reading.ReadingCodec;
import java.io.IOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.apache.flink.api.common.eventtime.SerializableTimestampAssigner;

/**
 * Event time of a raw reading, taken from the {@code ts} field of its payload at the source so that
 * watermarks are generated per Kafka partition.
 *
 * <p>A payload whose time cannot be read, or whose time lies further ahead of the wall clock than
 * validation accepts, gets {@link Long#MIN_VALUE}: it must not move the watermark (one reading stamped
 * in the year 3000 would otherwise make every other reading late). Validation rejects it anyway.
 */
public final class ReadingEventTime implements SerializableTimestampAssigner<RawReading> {

    private static final long serialVersionUID = 1L;
    /** Timestamp of records that must not advance the watermark. */
    public static final long NO_EVENT_TIME = Long.MIN_VALUE;

    private static final JsonFactory JSON = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Duration maxFutureSkew;
    private final Clock clock;

    public ReadingEventTime(Duration maxFutureSkew, Clock clock) {
        this.maxFutureSkew = Objects.requireNonNull(maxFutureSkew, "maxFutureSkew");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public long extractTimestamp(RawReading element, long recordTimestamp) {
        Instant ts = peekTimestamp(element.payload());
        if (ts == null || ts.isAfter(clock.instant().plus(maxFutureSkew))) {
            return NO_EVENT_TIME;
        }
        return ts.toEpochMilli();
    }

    /** The top-level {@code ts} of a reading payload, or null when there is none that can be read. */
    static Instant peekTimestamp(byte[] payload) {
        try (JsonParser parser = JSON.createParser(payload)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (ReadingCodec.TS.equals(field)) {
                    return ReadingCodec.parseTimestamp(MAPPER.readTree(parser));
                }
                parser.skipChildren();
            }
            return null;
        } catch (IOException | DateTimeException e) {
            return null;
        }
    }
}
