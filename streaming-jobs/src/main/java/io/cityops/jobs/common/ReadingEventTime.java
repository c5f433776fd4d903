package io.cityops.jobs.common;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cityops.ingest.reading.ReadingCodec;
import io.cityops.ingest.reading.SensorKind;
import java.io.IOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.apache.flink.api.common.eventtime.SerializableTimestampAssigner;

/**
 * Event time of a raw reading of one kind, taken from the {@code ts} field of its payload at the source
 * so that watermarks are generated per Kafka partition.
 *
 * <p>Every job reads the whole of {@code city.readings}, where feeds of different kinds run at different
 * distances behind the wall clock: the operator's 15-minute counters arrive after their period, a
 * station's reading at once, and a simulator or a replay catching up runs far ahead of another feed.
 * A job's event time must follow its own feed only, or one kind's readings would make the other's late.
 * So readings that state another kind get {@link #NO_EVENT_TIME}, as do payloads whose time cannot be
 * read or whose time lies further ahead of the wall clock than validation accepts (one reading stamped in
 * the year 3000 would otherwise make every other reading late). Validation deals with them anyway.
 */
public final class ReadingEventTime implements SerializableTimestampAssigner<RawReading> {

    private static final long serialVersionUID = 1L;
    /** Timestamp of records that must not advance the watermark. */
    public static final long NO_EVENT_TIME = Long.MIN_VALUE;

    private static final JsonFactory JSON = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final SensorKind kind;
    private final Duration maxFutureSkew;
    private final Clock clock;

    /** @param kind the kind of reading whose time this job follows */
    public ReadingEventTime(SensorKind kind, Duration maxFutureSkew, Clock clock) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.maxFutureSkew = Objects.requireNonNull(maxFutureSkew, "maxFutureSkew");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public long extractTimestamp(RawReading element, long recordTimestamp) {
        Peeked peeked = peek(element.payload());
        if (peeked.ts() == null || peeked.ts().isAfter(clock.instant().plus(maxFutureSkew))) {
            return NO_EVENT_TIME;
        }
        if (peeked.kind() != null && !peeked.kind().equals(kind.wireName())) {
            return NO_EVENT_TIME;
        }
        return peeked.ts().toEpochMilli();
    }

    /** The top-level {@code ts} of a reading payload, or null when there is none that can be read. */
    static Instant peekTimestamp(byte[] payload) {
        return peek(payload).ts();
    }

    private record Peeked(Instant ts, String kind) {
        static final Peeked NOTHING = new Peeked(null, null);
    }

    /** The top-level {@code ts} and {@code kind}, each null when absent or unreadable. */
    private static Peeked peek(byte[] payload) {
        try (JsonParser parser = JSON.createParser(payload)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Peeked.NOTHING;
            }
            Instant ts = null;
            String kind = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME && (ts == null || kind == null)) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (ReadingCodec.TS.equals(field)) {
                    ts = ReadingCodec.parseTimestamp(MAPPER.readTree(parser));
                } else if (ReadingCodec.KIND.equals(field) && value == JsonToken.VALUE_STRING) {
                    kind = parser.getText();
                } else {
                    parser.skipChildren();
                }
            }
            return new Peeked(ts, kind);
        } catch (IOException | DateTimeException e) {
            return Peeked.NOTHING;
        }
    }
}
