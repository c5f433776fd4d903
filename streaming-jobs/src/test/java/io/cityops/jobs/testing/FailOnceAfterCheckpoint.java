package io.cityops.jobs.testing;

import io.cityops.jobs.common.RawReading;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.state.CheckpointListener;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * A step after a job's source that passes readings on and throws once: at the first reading after a
 * checkpoint that completed when a given number of readings had been read, so the job has to recover
 * that much state from the checkpoint. The operator Flink runs is a serialized copy in this JVM, so
 * what it shares with the test lives in a static table under the test's name.
 */
public final class FailOnceAfterCheckpoint {

    private static final Map<String, FailOnceAfterCheckpoint> PLANS = new ConcurrentHashMap<>();

    private final String name;
    private final long readBeforeCheckpoint;
    private final AtomicLong seen = new AtomicLong();
    private final AtomicBoolean checkpointed = new AtomicBoolean();
    private final AtomicBoolean failed = new AtomicBoolean();

    private FailOnceAfterCheckpoint(String name, long readBeforeCheckpoint) {
        this.name = name;
        this.readBeforeCheckpoint = readBeforeCheckpoint;
    }

    /** A fresh plan under {@code name} (one per test): fail once after a checkpoint that holds {@code readBeforeCheckpoint} readings. */
    public static FailOnceAfterCheckpoint plan(String name, long readBeforeCheckpoint) {
        FailOnceAfterCheckpoint plan = new FailOnceAfterCheckpoint(name, readBeforeCheckpoint);
        PLANS.put(name, plan);
        return plan;
    }

    /** The step to pass to a job's {@code start}: operator uid {@code test-fail-once}. */
    public UnaryOperator<DataStream<RawReading>> step() {
        String planName = name;
        return raw -> raw.map(new Step(planName)).name("Fail once").uid("test-fail-once");
    }

    /** Whether a checkpoint holding the planned readings has completed. */
    public boolean checkpointed() {
        return checkpointed.get();
    }

    /** Whether the failure was injected. */
    public boolean failed() {
        return failed.get();
    }

    private static final class Step implements MapFunction<RawReading, RawReading>, CheckpointListener {
        private static final long serialVersionUID = 1L;
        private final String plan;

        Step(String plan) {
            this.plan = plan;
        }

        @Override
        public RawReading map(RawReading reading) {
            FailOnceAfterCheckpoint shared = PLANS.get(plan);
            if (shared.checkpointed.get() && shared.failed.compareAndSet(false, true)) {
                throw new IllegalStateException("injected failure after a completed checkpoint");
            }
            shared.seen.incrementAndGet();
            return reading;
        }

        @Override
        public void notifyCheckpointComplete(long checkpointId) {
            FailOnceAfterCheckpoint shared = PLANS.get(plan);
            if (shared.seen.get() >= shared.readBeforeCheckpoint) {
                shared.checkpointed.set(true);
            }
        }
    }
}
