package io.cityops.jobs.testing;

import java.time.Duration;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The local Flink environments the jobs' integration tests run on: parallelism 2, so that keyed state
 * and watermarks really cross subtasks, and no generic (Kryo) types, so that a type Flink cannot
 * serialize by itself fails the test instead of slipping into production.
 */
public final class LocalFlink {

    private static final int PARALLELISM = 2;

    private LocalFlink() {
    }

    public static StreamExecutionEnvironment environment() {
        return StreamExecutionEnvironment.createLocalEnvironment(PARALLELISM, configuration());
    }

    /** {@link #environment()} that restarts a failed job (three times, a second apart) from its last checkpoint. */
    public static StreamExecutionEnvironment restartingEnvironment() {
        Configuration conf = configuration();
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 3);
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofSeconds(1));
        return StreamExecutionEnvironment.createLocalEnvironment(PARALLELISM, conf);
    }

    private static Configuration configuration() {
        Configuration conf = new Configuration();
        conf.set(PipelineOptions.GENERIC_TYPES, false);
        return conf;
    }
}
