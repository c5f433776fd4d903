package io.cityops.jobs.influx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cityops.testing.LocalInfluxDb;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.state.CheckpointListener;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A job fails once after its first completed checkpoint and restarts from it: InfluxDB must end
 * with every element exactly once. The sink's batch and interval are set so large that only the
 * flush before each checkpoint writes anything before the end, so a sink that did not flush on
 * checkpoints would lose the points buffered when the failure hit.
 */
class InfluxSinkRecoveryIT {

    static {
        QuietLogs.warningsAndSinkMessages();
    }

    private static final int ELEMENTS = 10_000;
    private static final String MEASUREMENT = "recovery";

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder()
                    .setNumberTaskManagers(1)
                    .setNumberSlotsPerTaskManager(2)
                    .build());

    private static LocalInfluxDb influx;
    private static String database;

    @BeforeAll
    static void createDatabase() {
        influx = new LocalInfluxDb();
        database = influx.createDatabase("influx_sink_recovery_it");
    }

    @AfterAll
    static void dropDatabase() {
        influx.dropDatabase(database);
    }

    @Test
    void failingOnceAfterACheckpointLeavesEveryPointExactlyOnce() throws Exception {
        Configuration conf = new Configuration();
        conf.set(PipelineOptions.GENERIC_TYPES, false);
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 1);
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(100));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        env.setParallelism(2);
        env.enableCheckpointing(100);

        InfluxSinkConfig onlyOnCheckpoints = InfluxSinkConfig.defaults(influx.url(), database)
                .withBatchSize(1_000_000).withFlushInterval(Duration.ofHours(1));
        env.fromSource(new DataGeneratorSource<>(id -> id + 1, ELEMENTS, RateLimiterStrategy.perSecond(4_000),
                                Types.LONG), WatermarkStrategy.noWatermarks(), "numbered elements")
                .uid("numbered-elements")
                .map(new FailOnceAfterFirstCheckpoint()).name("fail once after a checkpoint").uid("fail-once")
                .sinkTo(InfluxSink.create(onlyOnCheckpoints, Sample.toPoints(MEASUREMENT)))
                .name("InfluxDB").uid("influx");

        env.execute("recovery into InfluxDB");

        assertThat(FailOnceAfterFirstCheckpoint.FAILED).as("the planned failure happened").isTrue();
        assertThat(longValue("SELECT count(\"value\") FROM " + MEASUREMENT)).isEqualTo(ELEMENTS);
        assertThat(longValue("SELECT sum(\"id\") FROM " + MEASUREMENT)).isEqualTo((long) ELEMENTS * (ELEMENTS + 1) / 2);
        assertThat(longValue("SELECT min(\"id\") FROM " + MEASUREMENT)).isEqualTo(1L);
        assertThat(longValue("SELECT max(\"id\") FROM " + MEASUREMENT)).isEqualTo(ELEMENTS);
        assertThat(longValue("SELECT count(\"value\") FROM " + MEASUREMENT + " WHERE \"attempt\" > 0"))
                .as("points written again after the restart").isPositive();
    }

    private static long longValue(String influxQL) {
        JsonNode answer = influx.query(database, influxQL);
        assertThat(answer.at("/results/0/error").isMissingNode()).as("InfluxQL error in %s", answer).isTrue();
        return answer.at("/results/0/series/0/values/0/1").asLong();
    }

    /** Throws once, at the first element after a checkpoint completed; stamps each sample with its attempt. */
    private static final class FailOnceAfterFirstCheckpoint extends RichMapFunction<Long, Sample>
            implements CheckpointListener {

        // Static: the flags must survive the restart, which builds new instances of this function.
        static final AtomicBoolean FAILED = new AtomicBoolean();
        static volatile boolean checkpointCompleted;

        @Override
        public Sample map(Long id) {
            if (checkpointCompleted && FAILED.compareAndSet(false, true)) {
                throw new IllegalStateException("planned failure after the first completed checkpoint");
            }
            Sample sample = Sample.numbered(id);
            return new Sample(sample.id(), sample.station(), sample.value(),
                    getRuntimeContext().getTaskInfo().getAttemptNumber());
        }

        @Override
        public void notifyCheckpointComplete(long checkpointId) {
            checkpointCompleted = true;
        }
    }
}
