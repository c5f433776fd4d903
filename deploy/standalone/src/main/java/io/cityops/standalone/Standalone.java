package io.cityops.standalone;

import io.cityops.api.ApiServer;
import io.cityops.ingest.Topics;
import io.cityops.ingest.bridge.BridgeConfig;
import io.cityops.ingest.bridge.MqttKafkaBridge;
import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.CatalogueLoader;
import io.cityops.ingest.reading.SensorKind;
import io.cityops.jobs.air.AirJobConfig;
import io.cityops.jobs.air.AirQualityJob;
import io.cityops.jobs.alerts.AlertJob;
import io.cityops.jobs.alerts.AlertJobConfig;
import io.cityops.jobs.energy.EnergyJob;
import io.cityops.jobs.energy.EnergyJobConfig;
import io.cityops.jobs.influx.InfluxDatabases;
import io.cityops.jobs.influx.InfluxSinkConfig;
import io.cityops.jobs.network.NetworkJob;
import io.cityops.jobs.network.NetworkJobConfig;
import io.cityops.simulators.air.AirSimulation;
import io.cityops.simulators.air.AirSimulationConfig;
import io.cityops.simulators.energy.EnergySimulation;
import io.cityops.simulators.energy.EnergySimulationConfig;
import io.cityops.simulators.energy.MeterRoutingPublisher;
import io.cityops.simulators.network.NetworkScripts;
import io.cityops.simulators.network.NetworkSimulation;
import io.cityops.simulators.network.NetworkSimulationConfig;
import io.cityops.simulators.network.SplitPublisher;
import io.cityops.simulators.publish.BackfillPublisher;
import io.cityops.simulators.publish.KafkaReadingPublisher;
import io.cityops.simulators.publish.MqttPublisherConfig;
import io.cityops.simulators.publish.MqttReadingPublisher;
import io.micronaut.context.ApplicationContext;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.flink.core.execution.JobClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything of the standalone form, started in dependency order and stopped in reverse: InfluxDB,
 * Kafka, the MQTT broker, the bridge, the Flink jobs, the API, the simulators.
 */
final class Standalone implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Standalone.class);

    /** Partitions per topic: readings are spread by sensor id; the rest is low-volume. */
    static final Map<String, Integer> TOPICS = Map.of(
            Topics.READINGS, 4,
            Topics.READINGS_INVALID, 1,
            Topics.INDICATORS, 2,
            Topics.ALERTS, 1,
            Topics.ALERT_COMMANDS, 1);

    /** Catching up two days takes about half a minute at this rate, well within what the pipeline absorbs. */
    private static final double CATCH_UP_MESSAGES_PER_SECOND = 3000;

    /**
     * Simulated history older than this goes onto Kafka as a backfill; newer readings take their
     * devices' own path (MQTT for site power meters and building meters), see {@link BackfillPublisher}.
     */
    private static final Duration LIVE_WINDOW = Duration.ofMinutes(10);

    private final Deque<AutoCloseable> running;
    private final String kafkaBootstrapServers;
    private final String mqttServerUri;
    private final URI apiUri;

    private Standalone(Deque<AutoCloseable> running, String kafkaBootstrapServers, String mqttServerUri, URI apiUri) {
        this.running = running;
        this.kafkaBootstrapServers = kafkaBootstrapServers;
        this.mqttServerUri = mqttServerUri;
        this.apiUri = apiUri;
    }

    static Standalone start(StandaloneOptions options) throws Exception {
        Deque<AutoCloseable> running = new ArrayDeque<>();
        try {
            Path dataDir = options.dataDir().toAbsolutePath();
            Catalogue catalogue = options.cataloguePath().map(CatalogueLoader::load).orElseGet(CatalogueLoader::loadDefault);
            String influxdbUrl;
            if (options.influxdbUrl().isPresent()) {
                influxdbUrl = options.influxdbUrl().get();
            } else {
                LocalInfluxd influxd = LocalInfluxd.start(dataDir.resolve("influxdb"), options.influxdbPort(), options.influxdbPort() + 2);
                running.push(influxd);
                influxdbUrl = influxd.url();
            }
            LocalKafkaBroker kafka = LocalKafkaBroker.start(dataDir.resolve("kafka"), options.kafkaPort(), options.kafkaControllerPort());
            running.push(kafka);
            kafka.ensureTopics(TOPICS);
            LocalMqttBroker mqtt = LocalMqttBroker.start(dataDir.resolve("mqtt"), "127.0.0.1", options.mqttPort());
            running.push(mqtt);

            MqttKafkaBridge bridge = new MqttKafkaBridge(
                    BridgeConfig.of(mqtt.serverUri(), "cityops-standalone-bridge", kafka.bootstrapServers()));
            running.push(bridge);
            bridge.start();
            if (!bridge.awaitReady(Duration.ofSeconds(30))) {
                throw new IllegalStateException("The MQTT->Kafka bridge did not connect within 30 s");
            }

            InfluxSinkConfig influx = InfluxSinkConfig.defaults(influxdbUrl, options.influxdbDatabase());
            InfluxDatabases.ensureDatabase(influx);
            JobClient airJob = AirQualityJob.start(
                    LocalFlink.environment(options.parallelism(), dataDir.resolve("flink").resolve("checkpoints")),
                    catalogue, AirJobConfig.defaults(kafka.bootstrapServers(), influx));
            running.push(() -> airJob.cancel().get(30, TimeUnit.SECONDS));
            LOG.info("Flink air-quality job {} running on a local mini-cluster", airJob.getJobID());
            JobClient alertJob = AlertJob.start(
                    LocalFlink.environment(options.parallelism(), dataDir.resolve("flink").resolve("checkpoints")),
                    catalogue, AlertJobConfig.defaults(kafka.bootstrapServers(), influx));
            running.push(() -> alertJob.cancel().get(30, TimeUnit.SECONDS));
            LOG.info("Flink alert job {} running on a local mini-cluster", alertJob.getJobID());
            JobClient networkJob = NetworkJob.start(
                    LocalFlink.environment(options.parallelism(), dataDir.resolve("flink").resolve("checkpoints")),
                    catalogue, networkJobConfig(options, catalogue, kafka.bootstrapServers(), influx));
            running.push(() -> networkJob.cancel().get(30, TimeUnit.SECONDS));
            LOG.info("Flink network job {} running on a local mini-cluster", networkJob.getJobID());
            JobClient energyJob = EnergyJob.start(
                    LocalFlink.environment(options.parallelism(), dataDir.resolve("flink").resolve("checkpoints")),
                    catalogue, EnergyJobConfig.defaults(kafka.bootstrapServers(), influx));
            running.push(() -> energyJob.cancel().get(30, TimeUnit.SECONDS));
            LOG.info("Flink energy job {} running on a local mini-cluster", energyJob.getJobID());

            ApplicationContext api = ApiServer.start(apiProperties(options, influxdbUrl, kafka.bootstrapServers()));
            running.push(api);

            if (options.simulators().contains(SensorKind.AIR)) {
                running.push(startAirSimulation(options, catalogue, mqtt.serverUri()));
            }
            if (options.simulators().contains(SensorKind.ENERGY)) {
                running.push(startEnergySimulation(options, catalogue, mqtt.serverUri(), kafka.bootstrapServers()));
            }
            if (options.simulators().contains(SensorKind.NETWORK)) {
                running.push(startNetworkSimulation(options, catalogue, kafka.bootstrapServers(), mqtt.serverUri()));
            }
            return new Standalone(running, kafka.bootstrapServers(), mqtt.serverUri(), ApiServer.uri(api));
        } catch (Exception e) {
            closeAll(running);
            throw e;
        }
    }

    /** From the simulated start as fast as the pipeline takes it, then at the chosen speed. */
    private static AutoCloseable startAirSimulation(StandaloneOptions options, Catalogue catalogue, String mqttServerUri) {
        Instant start = options.effectiveSimulationStart(catalogue.timeZone(), Instant.now());
        MqttReadingPublisher publisher = MqttReadingPublisher.connect(
                MqttPublisherConfig.defaults(mqttServerUri).withClientId("cityops-standalone-air-simulator"));
        AirSimulation simulation = AirSimulation.start(AirSimulationConfig.defaults()
                .withSeed(options.seed())
                .withStart(start)
                .withSpeedUp(options.speedUp())
                // At real-time speed the simulator first catches up with the wall clock; sped up, it
                // runs from the start at that speed (readings ahead of the wall clock get rejected).
                .withCatchUpThenRealTime(options.speedUp() == 1.0)
                .withMaxMessagesPerSecond(CATCH_UP_MESSAGES_PER_SECOND)
                .withEpisodes(options.episodes()), catalogue, publisher);
        LOG.info("Air-quality simulator publishing from {} (seed {})", start, options.seed());
        options.episodes().forEach(episode -> LOG.info("Scripted pollution episode from {} for {}, PM2.5 plateau {} µg/m³",
                episode.start(), episode.duration(), episode.peakPm25()));
        return () -> {
            simulation.close();
            publisher.close();
        };
    }

    /**
     * The feed-stop time is wall-clock time; sped up, the feed's batches come more often, so it shrinks
     * with the speed (but stays above a few seconds of scheduling noise).
     */
    private static NetworkJobConfig networkJobConfig(StandaloneOptions options, Catalogue catalogue, String kafka,
                                                     InfluxSinkConfig influx) {
        NetworkJobConfig config = NetworkJobConfig.defaults(kafka, influx);
        if (options.speedUp() == 1.0) {
            return config;
        }
        Duration scaled = Duration.ofMillis((long) (catalogue.network().feedStopAfter().toMillis() / options.speedUp()));
        return config.withFeedStopAfter(scaled.compareTo(Duration.ofSeconds(10)) < 0 ? Duration.ofSeconds(10) : scaled);
    }

    /** Cell counters on Kafka (the operator's OSS feed), site power meters over MQTT; like the air simulator otherwise. */
    private static AutoCloseable startNetworkSimulation(StandaloneOptions options, Catalogue catalogue, String kafka,
                                                        String mqttServerUri) {
        Instant launch = Instant.now();
        Instant start = options.effectiveSimulationStart(catalogue.timeZone(), launch);
        NetworkScripts scripts = options.networkOutage()
                .map(o -> NetworkScripts.NONE.withSiteOutage(new NetworkScripts.SiteOutage(o.site(),
                        new NetworkScripts.Window(o.start(launch), o.length()))))
                .orElse(NetworkScripts.NONE);
        KafkaReadingPublisher cells = KafkaReadingPublisher.connect(kafka);
        MqttReadingPublisher meters = MqttReadingPublisher.connect(
                MqttPublisherConfig.defaults(mqttServerUri).withClientId("cityops-standalone-network-simulator"));
        java.util.Set<String> meterIds = new java.util.HashSet<>();
        catalogue.network().sites().forEach(site -> meterIds.add(site.powerMeter()));
        NetworkSimulation simulation = NetworkSimulation.start(NetworkSimulationConfig.defaults()
                .withSeed(options.seed())
                .withStart(start)
                .withSpeedUp(options.speedUp())
                .withCatchUpThenRealTime(options.speedUp() == 1.0)
                .withMaxMessagesPerSecond(CATCH_UP_MESSAGES_PER_SECOND)
                .withScripts(scripts), catalogue,
                new BackfillPublisher(cells, new SplitPublisher(cells, meters, meterIds), LIVE_WINDOW, Clock.systemUTC()));
        LOG.info("Network simulator publishing from {} (seed {}), scripts {}", start, options.seed(), scripts);
        return () -> {
            simulation.close();
            cells.close();
            meters.close();
        };
    }

    /** Enterprise meters through their platform straight onto Kafka, the others over MQTT; pacing as the air simulator. */
    private static AutoCloseable startEnergySimulation(StandaloneOptions options, Catalogue catalogue, String mqttServerUri,
                                                       String kafkaBootstrapServers) {
        Instant start = options.effectiveSimulationStart(catalogue.timeZone(), Instant.now());
        MqttReadingPublisher mqtt = MqttReadingPublisher.connect(
                MqttPublisherConfig.defaults(mqttServerUri).withClientId("cityops-standalone-energy-simulator"));
        KafkaReadingPublisher platform = KafkaReadingPublisher.connect(kafkaBootstrapServers);
        EnergySimulation simulation = EnergySimulation.start(EnergySimulationConfig.defaults()
                .withSeed(options.seed())
                .withStart(start)
                .withSpeedUp(options.speedUp())
                .withCatchUpThenRealTime(options.speedUp() == 1.0)
                .withMaxMessagesPerSecond(CATCH_UP_MESSAGES_PER_SECOND), catalogue,
                new BackfillPublisher(platform, new MeterRoutingPublisher(catalogue, platform, mqtt), LIVE_WINDOW, Clock.systemUTC()));
        LOG.info("Energy simulator publishing from {} (seed {})", start, options.seed());
        return () -> {
            simulation.close();
            platform.close();
            mqtt.close();
        };
    }

    private static Map<String, Object> apiProperties(StandaloneOptions options, String influxdbUrl, String kafkaBootstrapServers) {
        Map<String, Object> properties = new LinkedHashMap<>();
        // The alert endpoints read city.alerts and write city.alert-commands.
        properties.put("cityops.kafka.bootstrap-servers", kafkaBootstrapServers);
        properties.put("micronaut.server.port", options.apiPort());
        properties.put("cityops.influxdb.url", influxdbUrl);
        properties.put("cityops.influxdb.database", options.influxdbDatabase());
        options.cataloguePath().ifPresent(path -> properties.put("cityops.catalogue.path", path.toAbsolutePath().toString()));
        return properties;
    }

    URI apiUri() {
        return apiUri;
    }

    String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    String mqttServerUri() {
        return mqttServerUri;
    }

    @Override
    public void close() {
        closeAll(running);
    }

    private static void closeAll(Deque<AutoCloseable> running) {
        while (!running.isEmpty()) {
            AutoCloseable component = running.pop();
            try {
                component.close();
            } catch (Exception e) {
                LOG.warn("Stopping {} failed: {}", component.getClass().getSimpleName(), e.toString());
            }
        }
    }
}
