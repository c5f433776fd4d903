package io.cityops.simulators.publish;

import io.cityops.ingest.reading.Reading;
import io.cityops.ingest.reading.ReadingCodec;
import java.io.PrintStream;
import java.util.Objects;

/**
 * Writes each reading's wire JSON as one line, for piping into {@code mosquitto_pub -l},
 * {@code kcat} or a file.
 */
public final class JsonLinesPublisher implements ReadingPublisher {

    private final PrintStream out;
    private long sent;

    public JsonLinesPublisher(PrintStream out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    @Override
    public synchronized void publish(Reading reading) {
        out.println(ReadingCodec.encodeToString(reading));
        if (out.checkError()) {
            throw new PublisherException("cannot write to the output stream (closed pipe?)");
        }
        sent++;
    }

    @Override
    public synchronized void flush() {
        out.flush();
    }

    @Override
    public synchronized long sent() {
        return sent;
    }

    @Override
    public void close() {
        flush();
    }
}
