package io.cityops.jobs.testing;

import io.cityops.ingest.Topics;
import io.cityops.testing.LocalInfluxDb;
import io.cityops.testing.TestKafkaCluster;
import java.util.concurrent.TimeUnit;
import org.apache.flink.core.execution.JobClient;

/**
 * What a job's integration test runs against: a throw-away database on the local InfluxDB and an
 * in-process Kafka broker. {@link #close()} cancels the job it was given, stops the broker and drops
 * the database.
 */
public final class JobRig implements AutoCloseable {

    private final LocalInfluxDb influx;
    private final String database;
    private final TestKafkaCluster kafka;
    private JobClient job;

    private JobRig(LocalInfluxDb influx, String database, TestKafkaCluster kafka) {
        this.influx = influx;
        this.database = database;
        this.kafka = kafka;
    }

    /** A new database named after {@code databasePrefix} and a broker without topics. */
    public static JobRig open(String databasePrefix) {
        LocalInfluxDb influx = new LocalInfluxDb();
        String database = influx.createDatabase(databasePrefix);
        try {
            return new JobRig(influx, database, new TestKafkaCluster());
        } catch (RuntimeException | Error e) {
            influx.dropDatabase(database);
            throw e;
        }
    }

    /** {@link #open} with the topics of a readings job: {@code city.readings} in two partitions, its outputs in one. */
    public static JobRig forReadingsJob(String databasePrefix) {
        JobRig rig = open(databasePrefix);
        rig.kafka.createTopic(Topics.READINGS, 2);
        rig.kafka.createTopic(Topics.INDICATORS, 1);
        rig.kafka.createTopic(Topics.READINGS_INVALID, 1);
        return rig;
    }

    public LocalInfluxDb influx() {
        return influx;
    }

    public String database() {
        return database;
    }

    public TestKafkaCluster kafka() {
        return kafka;
    }

    /** Remembers the job under test, to cancel it on {@link #close()}; returns it. */
    public JobClient run(JobClient job) {
        this.job = job;
        return job;
    }

    @Override
    public void close() throws Exception {
        try {
            if (job != null) {
                job.cancel().get(1, TimeUnit.MINUTES);
            }
        } finally {
            try {
                kafka.close();
            } finally {
                influx.dropDatabase(database);
            }
        }
    }
}
