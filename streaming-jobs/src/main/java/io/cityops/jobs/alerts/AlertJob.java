package io.cityops.jobs.alerts;

import io.cityops.ingest.Topics;
import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.CatalogueLoader;
import io.cityops.jobs.common.JobArguments;
import io.cityops.jobs.common.KafkaConnectors;
import io.cityops.jobs.common.KafkaMessage;
import io.cityops.jobs.influx.InfluxDatabases;
import io.cityops.jobs.influx.InfluxSink;
import java.util.function.UnaryOperator;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The alert job, the one writer of alert state: rule observations from {@code city.indicators} and
 * operator commands from {@code city.alert-commands} → the catalogue's rules, keyed by rule and
 * subject ({@link AlertStateMachine}) → every transition and rejection to {@code city.alerts} (one
 * partition, docs/alerts.md) and every transition to InfluxDB ({@code alert_transitions}).
 *
 * <p>{@link #topology} takes undecoded records from any source, so tests wire their own;
 * {@link #start} wires Kafka and InfluxDB around it.
 */
public final class AlertJob {

    public static final String JOB_NAME = "alerts";

    private AlertJob() {
    }

    public static AlertStreams topology(DataStream<KafkaMessage> indicators, DataStream<KafkaMessage> commands,
                                        Catalogue catalogue) {
        DataStream<RuleHit> hits = indicators
                .flatMap(new MatchRules(catalogue.alerts()))
                .name("Match observations to rules").uid("alerts-match-rules");
        SingleOutputStreamOperator<CommandRequest> routed = commands
                .process(new RouteCommands(catalogue.alerts()))
                .name("Route commands").uid("alerts-route-commands");
        SingleOutputStreamOperator<KafkaMessage> machine = hits
                .keyBy(RuleHit::key, Types.STRING)
                .connect(routed.keyBy(CommandRequest::key, Types.STRING))
                .process(new AlertStateMachine(catalogue.alerts(), catalogue.timeZone()))
                .name("Alert state machine").uid("alerts-state-machine");
        return new AlertStreams(machine.union(routed.getSideOutput(RouteCommands.REJECTED)),
                machine.getSideOutput(AlertStateMachine.TRANSITIONS));
    }

    /**
     * Starts the job: Kafka sources (the configured consumer group, from its committed offsets or else
     * the earliest), the {@code city.alerts} and InfluxDB sinks, exactly-once checkpoints of the alert
     * state. Creates the InfluxDB database when missing. Returns once the job is submitted.
     */
    public static JobClient start(StreamExecutionEnvironment env, Catalogue catalogue, AlertJobConfig config)
            throws Exception {
        return start(env, catalogue, config, UnaryOperator.identity());
    }

    /**
     * {@link #start(StreamExecutionEnvironment, Catalogue, AlertJobConfig)} with a step after the
     * indicators source, for tests that inject a failure into the real wiring.
     */
    static JobClient start(StreamExecutionEnvironment env, Catalogue catalogue, AlertJobConfig config,
                           UnaryOperator<DataStream<KafkaMessage>> afterIndicators) throws Exception {
        InfluxDatabases.ensureDatabase(config.influx());
        env.enableCheckpointing(config.checkpointInterval().toMillis(), CheckpointingMode.EXACTLY_ONCE);
        // No event time: conditions follow each observation's own time, time limits the wall clock.
        DataStream<KafkaMessage> indicators = env.fromSource(
                        KafkaRecords.source(config.kafkaBootstrapServers(), config.consumerGroup(), Topics.INDICATORS),
                        WatermarkStrategy.noWatermarks(), "Kafka " + Topics.INDICATORS)
                .uid("alerts-indicators-source");
        DataStream<KafkaMessage> commands = env.fromSource(
                        KafkaRecords.source(config.kafkaBootstrapServers(), config.consumerGroup(), Topics.ALERT_COMMANDS),
                        WatermarkStrategy.noWatermarks(), "Kafka " + Topics.ALERT_COMMANDS)
                .uid("alerts-commands-source");
        AlertStreams streams = topology(afterIndicators.apply(indicators), commands, catalogue);
        streams.alerts()
                .sinkTo(KafkaConnectors.messageSink(config.kafkaBootstrapServers(), Topics.ALERTS))
                .name("Kafka " + Topics.ALERTS).uid("alerts-kafka-alerts");
        streams.transitions()
                .sinkTo(InfluxSink.create(config.influx(), new AlertTransitionPoints()))
                .name("InfluxDB alert_transitions").uid("alerts-influx-transitions");
        return env.executeAsync(JOB_NAME);
    }

    /** Cluster entry point; see {@link AlertJobOptions#USAGE} for the options. */
    public static void main(String[] args) throws Exception {
        AlertJobOptions options = JobArguments.parseOrExit("alerts", AlertJobOptions.USAGE, args, AlertJobOptions::parse);
        Catalogue catalogue = options.catalogue() == null ? CatalogueLoader.loadDefault()
                : CatalogueLoader.load(options.catalogue());
        JobClient client = start(StreamExecutionEnvironment.getExecutionEnvironment(), catalogue, options.config());
        System.out.println("alert job submitted: " + client.getJobID());
        client.getJobExecutionResult().get();
    }
}
