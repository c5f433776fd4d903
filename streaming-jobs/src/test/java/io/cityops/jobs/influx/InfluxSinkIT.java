package io.cityops.jobs.influx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.cityops.testing.LocalInfluxDb;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.metrics.Counter;
import org.apache.flink.runtime.testutils.InMemoryReporter;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.ExceptionUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The sink in Flink jobs on a mini-cluster against the local InfluxDB. */
class InfluxSinkIT {

    static {
        QuietLogs.warningsAndSinkMessages();
    }

    private static final InMemoryReporter METRICS = InMemoryReporter.createWithRetainedMetrics();

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder()
                    .setNumberTaskManagers(1)
                    .setNumberSlotsPerTaskManager(2)
                    .setConfiguration(METRICS.addToConfiguration(new Configuration()))
                    .build());

    private static LocalInfluxDb influx;
    private static String database;

    @BeforeAll
    static void createDatabase() {
        influx = new LocalInfluxDb();
        database = influx.createDatabase("influx_sink_it");
    }

    @AfterAll
    static void dropDatabase() {
        influx.dropDatabase(database);
    }

    @Test
    void landsEveryPointOfABoundedStream() throws Exception {
        int count = 10_000;
        StreamExecutionEnvironment env = environment();
        env.fromSequence(1, count).name("numbers").uid("numbers")
                .map(Sample::numbered).name("to samples").uid("to-samples")
                .sinkTo(InfluxSink.create(config().withBatchSize(700), Sample.toPoints("bounded")))
                .name("InfluxDB").uid("influx");

        env.execute("bounded stream into InfluxDB");

        assertThat(longValue("SELECT count(\"value\") FROM bounded")).isEqualTo(count);
        assertThat(longValue("SELECT sum(\"id\") FROM bounded")).isEqualTo((long) count * (count + 1) / 2);
        JsonNode point = series("SELECT \"id\", \"value\", \"attempt\" FROM bounded WHERE station = 'aq-3' "
                + "AND time = '2026-01-01T00:00:10Z'").path("values").path(0);
        assertThat(point.path(1).asLong()).isEqualTo(10L);
        assertThat(point.path(2).asDouble()).isEqualTo(1.0);
        assertThat(point.path(3).asLong()).isZero();
    }

    @Test
    void rewritingTheSameIdentityReplacesTheFields() throws Exception {
        writeInOneJob(List.of(new Sample(1, "aq-1", 1.0, 0), new Sample(2, "aq-1", 2.0, 0)), "rewrite");
        writeInOneJob(List.of(new Sample(1, "aq-1", 10.5, 1), new Sample(2, "aq-1", 20.5, 1)), "rewrite");

        JsonNode rows = series("SELECT \"value\", \"attempt\" FROM rewrite").path("values");
        assertThat(rows.size()).isEqualTo(2);
        assertThat(rows.path(0).path(1).asDouble()).isEqualTo(10.5);
        assertThat(rows.path(1).path(1).asDouble()).isEqualTo(20.5);
        assertThat(rows.path(0).path(2).asLong()).isEqualTo(1L);
    }

    @Test
    void refusedWriteFailsTheJobWithInfluxDbsError() {
        StreamExecutionEnvironment env = environment();
        env.fromData(1L).name("one element").uid("one-element")
                .sinkTo(InfluxSink.create(config(), (Long n) -> List.of(
                        InfluxPoint.builder("conflict", Sample.BASE).field("v", 1L).build(),
                        InfluxPoint.builder("conflict", Sample.BASE.plusSeconds(1)).field("v", "text").build())))
                .name("InfluxDB").uid("influx");

        assertThatThrownBy(() -> env.execute("field type conflict"))
                .satisfies(failure -> {
                    InfluxWriteException refused =
                            ExceptionUtils.findThrowable(failure, InfluxWriteException.class).orElseThrow();
                    assertThat(refused.statusCode()).isEqualTo(400);
                    assertThat(refused.getMessage()).contains("refused", "field type conflict");
                    assertThat(refused.responseBody()).contains("field type conflict");
                });
    }

    @Test
    void writesAPartialBatchWhenTheFlushIntervalElapsesWithoutACheckpoint() throws Exception {
        // Unbounded, slow and without checkpoints: neither a full batch nor flush() can write these points.
        StreamExecutionEnvironment env = environment();
        env.fromSource(new DataGeneratorSource<>(Sample::numbered, 1_000_000, RateLimiterStrategy.perSecond(20),
                                Types.POJO(Sample.class)), WatermarkStrategy.noWatermarks(), "slow samples")
                .uid("slow-samples")
                .sinkTo(InfluxSink.create(config().withFlushInterval(Duration.ofMillis(200)),
                        Sample.toPoints("interval")))
                .name("InfluxDB").uid("influx");

        JobClient job = env.executeAsync("flush interval");
        try {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> longValue("SELECT count(\"value\") FROM interval"), n -> n >= 10);
        } finally {
            job.cancel().get();
        }
    }

    @Test
    void retriesThroughAnOutageAndLosesNothing() throws Exception {
        int count = 5_000;
        try (FlakyInfluxProxy proxy = new FlakyInfluxProxy(influx.url(), 4)) {
            InfluxSinkConfig throughProxy = new InfluxSinkConfig(proxy.url(), database, "writer", "s3cret",
                    500, Duration.ofSeconds(1), 5, Duration.ofMillis(20));
            StreamExecutionEnvironment env = environment();
            env.fromSequence(1, count).name("numbers").uid("numbers")
                    .map(Sample::numbered).name("to samples").uid("to-samples")
                    .sinkTo(InfluxSink.create(throughProxy, Sample.toPoints("outage")))
                    .name("InfluxDB").uid("influx");

            JobExecutionResult result = env.execute("write through an outage");

            assertThat(proxy.requests()).isEqualTo(proxy.forwarded() + 4);
            assertThat(sinkCounter(result, "influxWriteRetries")).isEqualTo(4);
            assertThat(sinkCounter(result, "numRecordsSend")).isEqualTo(count);
            assertThat(sinkCounter(result, "influxBatchesWritten")).isEqualTo(proxy.forwarded());
            assertThat(proxy.lastAuthorization()).isEqualTo("Basic "
                    + Base64.getEncoder().encodeToString("writer:s3cret".getBytes(StandardCharsets.UTF_8)));
        }
        assertThat(longValue("SELECT count(\"value\") FROM outage")).isEqualTo(count);
        assertThat(longValue("SELECT sum(\"id\") FROM outage")).isEqualTo((long) count * (count + 1) / 2);
    }

    @Test
    void ensureDatabaseCreatesAMissingDatabaseAndKeepsAnExistingOne() throws Exception {
        String name = "influx_sink_it_ensure_" + Long.toHexString(System.nanoTime());
        InfluxSinkConfig config = InfluxSinkConfig.defaults(influx.url(), name);
        try {
            InfluxDatabases.ensureDatabase(config);
            writeInOneJob(List.of(Sample.numbered(1)), name, "kept");
            InfluxDatabases.ensureDatabase(config);

            assertThat(series("SHOW DATABASES").path("values").toString()).contains("\"" + name + "\"");
            JsonNode count = influx.query(name, "SELECT count(\"value\") FROM kept");
            assertThat(count.at("/results/0/series/0/values/0/1").asLong()).isEqualTo(1L);
        } finally {
            influx.dropDatabase(name);
        }
    }

    @Test
    void ensureDatabaseReportsAnUnreachableInfluxDbAfterTheConfiguredRetries() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        InfluxSinkConfig unreachable = InfluxSinkConfig.defaults("http://127.0.0.1:" + closedPort, "cityops")
                .withRetries(2, Duration.ofMillis(1));

        assertThatThrownBy(() -> InfluxDatabases.ensureDatabase(unreachable))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'cityops'")
                .hasMessageContaining("after 3 attempt(s)")
                .hasMessageContaining("ConnectException");
    }

    @Test
    void escapedNamesAndValuesReadBackUnchanged() throws Exception {
        String measurement = "esc m,1";
        InfluxPoint point = InfluxPoint.builder(measurement, Sample.BASE)
                .tag("sub district", "a,b=c d").tag("path", "x\\y")
                .field("note", "say \"hi\" \\ bye, a=b").field("temp=rature", 1.5).field("ok", true)
                .build();
        StreamExecutionEnvironment env = environment();
        env.fromData(1L).name("one element").uid("one-element")
                .sinkTo(InfluxSink.create(config(), (Long n) -> List.of(point))).name("InfluxDB").uid("influx");
        env.execute("escaping round trip");

        JsonNode found = series("SELECT * FROM \"esc m,1\" WHERE \"sub district\" = 'a,b=c d' AND path = 'x\\\\y'");
        assertThat(found.path("name").asText()).isEqualTo(measurement);
        assertThat(found.path("columns").toString())
                .isEqualTo("[\"time\",\"note\",\"ok\",\"path\",\"sub district\",\"temp=rature\"]");
        JsonNode row = found.path("values").path(0);
        assertThat(row.path(1).asText()).isEqualTo("say \"hi\" \\ bye, a=b");
        assertThat(row.path(2).asBoolean()).isTrue();
        assertThat(row.path(3).asText()).isEqualTo("x\\y");
        assertThat(row.path(4).asText()).isEqualTo("a,b=c d");
        assertThat(row.path(5).asDouble()).isEqualTo(1.5);
    }

    @Test
    void printsTheThroughputOfTwoHundredThousandPoints() throws Exception {
        int count = 200_000;
        StreamExecutionEnvironment env = environment();
        env.fromSequence(1, count).name("numbers").uid("numbers")
                .map(Sample::numbered).name("to samples").uid("to-samples")
                .sinkTo(InfluxSink.create(config(), Sample.toPoints("load"))).name("InfluxDB").uid("influx");

        long started = System.nanoTime();
        JobExecutionResult result = env.execute("load");
        double seconds = (System.nanoTime() - started) / 1e9;

        System.out.printf("InfluxDB sink: %d points in %.2f s (job %d ms) = %.0f points/s, parallelism 2, batch %d%n",
                count, seconds, result.getNetRuntime(), count / seconds, config().batchSize());
        assertThat(longValue("SELECT count(\"value\") FROM load")).isEqualTo(count);
    }

    /** Sum of a sink counter over both writer subtasks. */
    private static long sinkCounter(JobExecutionResult job, String name) {
        return METRICS.getMetricsByIdentifiers(job.getJobID()).entrySet().stream()
                .filter(metric -> metric.getKey().endsWith("." + name))
                .mapToLong(metric -> ((Counter) metric.getValue()).getCount())
                .sum();
    }

    private static InfluxSinkConfig config() {
        return InfluxSinkConfig.defaults(influx.url(), database);
    }

    static StreamExecutionEnvironment environment() {
        Configuration conf = new Configuration();
        conf.set(PipelineOptions.GENERIC_TYPES, false);
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "disable");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        env.setParallelism(2);
        return env;
    }

    private static void writeInOneJob(List<Sample> samples, String measurement) throws Exception {
        writeInOneJob(samples, database, measurement);
    }

    private static void writeInOneJob(List<Sample> samples, String db, String measurement) throws Exception {
        StreamExecutionEnvironment env = environment();
        env.fromData(Types.POJO(Sample.class), samples.toArray(Sample[]::new)).name("samples").uid("samples")
                .sinkTo(InfluxSink.create(InfluxSinkConfig.defaults(influx.url(), db), Sample.toPoints(measurement)))
                .name("InfluxDB").uid("influx");
        env.execute("write " + samples.size() + " samples to " + measurement);
    }

    private static JsonNode series(String influxQL) {
        JsonNode answer = influx.query(database, influxQL);
        JsonNode result = answer.path("results").path(0);
        assertThat(result.has("error")).as("InfluxQL error in %s", answer).isFalse();
        return result.path("series").path(0);
    }

    private static long longValue(String influxQL) {
        return series(influxQL).path("values").path(0).path(1).asLong();
    }
}
