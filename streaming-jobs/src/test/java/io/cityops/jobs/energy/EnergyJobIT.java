package io.cityops.jobs.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cityops.ingest.MqttTopics;
import io.cityops.ingest.Topics;
import io.cityops.ingest.bridge.BridgeConfig;
import io.cityops.ingest.bridge.MqttKafkaBridge;
import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.CatalogueLoader;
import io.cityops.ingest.reading.DeadLetter;
import io.cityops.ingest.reading.DeadLetterCodec;
import io.cityops.ingest.reading.Reading;
import io.cityops.ingest.reading.ReadingCodec;
import io.cityops.ingest.reading.SensorKind;
import io.cityops.jobs.influx.InfluxSinkConfig;
import io.cityops.jobs.testing.InfluxRows;
import io.cityops.jobs.testing.JobRig;
import io.cityops.jobs.testing.LocalFlink;
import io.cityops.testing.LocalInfluxDb;
import io.cityops.testing.TestKafkaCluster;
import io.cityops.testing.TestMqttBroker;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The job on real components: an in-process Kafka broker, an in-process MQTT broker with the bridge,
 * the local InfluxDB, a local Flink environment with parallelism 2. The government offices' electricity
 * meter publishes over MQTT (and is swapped at 03:00); the power plant's coal meter reports through the
 * enterprise platform straight onto Kafka (with one implausible jump). Six hours of a day three days ago.
 */
class EnergyJobIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration AWAIT = Duration.ofMinutes(3);
    private static final Catalogue CATALOGUE = CatalogueLoader.loadDefault();
    private static final ZoneId SHANGHAI = CATALOGUE.timeZone();
    /** District Government Offices electricity meter (over MQTT). */
    private static final String OFFICES = "em-wbl-0009";
    /** Thermal power and heat plant coal meter (enterprise platform, Kafka). */
    private static final String PLANT = "em-wbl-0001";

    private static JobRig rig;
    private static TestKafkaCluster kafka;
    private static TestMqttBroker mqtt;
    private static MqttKafkaBridge bridge;
    private static LocalInfluxDb influx;
    private static String database;
    private static Instant day;

    @BeforeAll
    static void startTheJob() throws Exception {
        rig = JobRig.forReadingsJob("energy_job_it");
        influx = rig.influx();
        database = rig.database();
        kafka = rig.kafka();
        mqtt = new TestMqttBroker();
        bridge = new MqttKafkaBridge(BridgeConfig.of(mqtt.serverUri(), "energy-it-bridge", kafka.bootstrapServers()));
        bridge.start();
        assertThat(bridge.awaitReady(Duration.ofSeconds(30))).isTrue();

        day = LocalDate.now(SHANGHAI).minusDays(3).atStartOfDay(SHANGHAI).toInstant();
        EnergyJobConfig config = EnergyJobConfig.defaults(kafka.bootstrapServers(), InfluxSinkConfig.defaults(influx.url(), database))
                .withConsumerGroup("energy-job-it")
                .withEventTime(Duration.ofSeconds(30), Duration.ofSeconds(5))
                .withCheckpointInterval(Duration.ofSeconds(2));
        rig.run(EnergyJob.start(LocalFlink.environment(), CATALOGUE, config));

        publishOverMqtt(officesReadings());
        produce(plantReadings());
    }

    @AfterAll
    static void stopTheJob() throws Exception {
        try {
            if (bridge != null) {
                bridge.close();
            }
            if (mqtt != null) {
                mqtt.close();
            }
        } finally {
            if (rig != null) {
                rig.close();
            }
        }
    }

    /**
     * Every 15 minutes +100 kWh from 50,000 until 02:45 (51,100); at 03:00 the meter is swapped and shows 0;
     * then +100 every 15 minutes until 06:00 (1,200). Consumption: 1,100 + 0 + 1,200 = 2,300 kWh.
     */
    private static List<Reading> officesReadings() {
        List<Reading> readings = new ArrayList<>();
        for (int i = 0; i <= 24; i++) {
            double counter = i < 12 ? 50_000 + 100 * i : 100 * (i - 12);
            readings.add(reading(OFFICES, i * 15, i, "electricity_kwh", counter));
        }
        return readings;
    }

    /** Every 15 minutes +30,000 kg of raw coal from 06:00 the day before: 720,000 kg in six hours; a jump at 04:07. */
    private static List<Reading> plantReadings() {
        List<Reading> readings = new ArrayList<>();
        for (int i = 0; i <= 24; i++) {
            readings.add(reading(PLANT, i * 15, i, "coal_kg", 9_000_000 + 30_000.0 * i));
        }
        readings.add(reading(PLANT, 4 * 60 + 7, 100, "coal_kg", 99_000_000));
        // stamped (almost) now with the counter unchanged: moves the event time past the day and its lateness
        readings.add(new Reading(PLANT, SensorKind.ENERGY, Instant.now().minusSeconds(60), 1000L,
                Map.of("coal_kg", 9_000_000 + 30_000.0 * 24)));
        return readings;
    }

    private static Reading reading(String meter, int minutes, long seq, String key, double counter) {
        return new Reading(meter, SensorKind.ENERGY, day.plus(Duration.ofMinutes(minutes)), seq, Map.of(key, counter));
    }

    @Test
    void theDistrictsDayHoldsExactlyTheStandardCoalAndCo2TheCoefficientsGive() {
        // Coal: 720,000 kg × 0.7143 kgce/kg = 514.296 tce; × 1.9003 kgCO2/kg = 1,368.216 t.
        // Electricity: 2,300 kWh × 0.1229 kgce/kWh = 0.28267 tce; × 0.6361 kgCO2/kWh = 1.46303 t.
        await().atMost(AWAIT).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            Map<String, JsonNode> row = single("SELECT * FROM energy_daily WHERE subject = 'wbl' AND time = " + ms(day) + "ms");
            assertThat(row.get("tce").decimalValue()).isEqualByComparingTo("514.57867");
            assertThat(row.get("tco2").decimalValue()).isEqualByComparingTo("1369.67903");
            assertThat(row.get("coal_kg").decimalValue()).isEqualByComparingTo("720000");
            assertThat(row.get("electricity_kwh").decimalValue()).isEqualByComparingTo("2300");
            assertThat(row.get("subject_type").asText()).isEqualTo("region");
        });
        await().atMost(AWAIT).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            Map<String, JsonNode> plant = single("SELECT * FROM energy_daily WHERE subject = 'ent-wbl-thermal-power' AND time = "
                    + ms(day) + "ms");
            assertThat(plant.get("tce").decimalValue()).isEqualByComparingTo("514.296");
            assertThat(plant.get("tco2").decimalValue()).isEqualByComparingTo("1368.216");
        });
    }

    @Test
    void theMeterSwapGivesNeitherNegativeNorDoubledConsumption() {
        await().atMost(AWAIT).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            List<Map<String, JsonNode>> hours = rows("SELECT * FROM energy_hourly WHERE subject = '" + OFFICES + "' AND time >= "
                    + ms(day) + "ms AND time < " + ms(day.plus(Duration.ofHours(6))) + "ms");
            assertThat(hours).hasSize(6);
            List<String> kwh = hours.stream().map(h -> h.get("electricity_kwh").decimalValue().stripTrailingZeros().toPlainString())
                    .toList();
            // 02:00–03:00 holds 300: the 15 minutes of the swap are not guessed, and nothing is negative.
            assertThat(kwh).containsExactly("400", "400", "300", "400", "400", "400");
            assertThat(hours.get(0).get("tce").decimalValue()).isEqualByComparingTo("0.04916");
        });
        await().atMost(AWAIT).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            Map<String, JsonNode> event = single("SELECT * FROM energy_meter_events WHERE subject = '" + OFFICES + "'");
            assertThat(event.get("previous").decimalValue()).isEqualByComparingTo("51100");
            assertThat(event.get("current").decimalValue()).isEqualByComparingTo("0");
            assertThat(event.get("time").asLong()).isEqualTo(ms(day.plus(Duration.ofHours(3))));
        });
    }

    @Test
    void anImplausibleJumpGoesToTheDeadLetterTopicWithItsReason() {
        await().atMost(AWAIT).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            List<DeadLetter> letters = kafka.consume(Topics.READINGS_INVALID, 1, Duration.ofSeconds(10)).stream()
                    .map(r -> DeadLetterCodec.decode(r.value())).toList();
            assertThat(letters).singleElement().satisfies(letter -> {
                assertThat(letter.reason()).isEqualTo("implausible_advance");
                assertThat(letter.sensorId()).isEqualTo(PLANT);
                assertThat(letter.detail()).contains("plausible maximum of 300000 per hour");
            });
        });
    }

    @Test
    void ruleObservationsAndBarometerLevelsArePublished() {
        await().atMost(AWAIT).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            Map<String, JsonNode> seen = new LinkedHashMap<>();
            for (ConsumerRecord<String, byte[]> record : kafka.consume(Topics.INDICATORS, 1, Duration.ofSeconds(10))) {
                JsonNode json = JSON.readTree(record.value());
                if (json.path("type").asText().equals("observation")) {
                    seen.put(json.path("indicator").asText() + "/" + record.key(), json);
                }
            }
            assertThat(seen).containsKeys("barometer_level/wbl", "barometer_level/wbl-xiayuan",
                    "quota_projection_ratio/wbl", "quota_projection_ratio/ent-wbl-thermal-power",
                    "daily_budget_ratio/ent-wbl-gov-offices");
            JsonNode level = seen.get("barometer_level/wbl");
            assertThat(level.path("subjectType").asText()).isEqualTo("region");
            assertThat(level.path("value").asInt()).isBetween(0, 2);
            assertThat(level.path("detail").asText()).contains("energy").contains("carbon");
        });
        await().atMost(AWAIT).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            Map<String, JsonNode> ytd = single("SELECT * FROM energy_ytd WHERE subject = 'wbl'");
            assertThat(ytd.get("level").asText()).isIn("green", "yellow", "red");
            assertThat(ytd.get("energy_intensity").asDouble()).isPositive();
            assertThat(ytd.get("quota_tce").decimalValue()).isEqualByComparingTo(
                    CATALOGUE.energy().quota("wbl").orElseThrow().annualQuotaTce());
            assertThat(ytd.get("tce").asDouble()).isCloseTo(514.57867, within(1e-6));
        });
    }

    @Test
    void lossAccountingCountsEveryMeterReading() {
        await().atMost(AWAIT).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            Map<String, JsonNode> offices = single("SELECT last(accepted) AS accepted FROM ingest_stats WHERE sensor = '" + OFFICES
                    + "' AND kind = 'energy'");
            assertThat(offices.get("accepted").asLong()).isEqualTo(25);
            // 25 readings of the day, the jump (valid as a reading, rejected as an advance) and the one stamped now.
            Map<String, JsonNode> plant = single("SELECT last(accepted) AS accepted, last(rejected_implausible_advance) AS jumps"
                    + " FROM ingest_stats WHERE sensor = '" + PLANT + "' AND kind = 'energy'");
            assertThat(plant.get("accepted").asLong()).isEqualTo(27);
            assertThat(plant.get("jumps").asLong()).isEqualTo(1);
        });
    }

    private static long ms(Instant instant) {
        return instant.toEpochMilli();
    }

    private static Map<String, JsonNode> single(String query) {
        List<Map<String, JsonNode>> rows = rows(query);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private static List<Map<String, JsonNode>> rows(String query) {
        return InfluxRows.of(influx.query(database, query));
    }

    private static void publishOverMqtt(List<Reading> readings) throws Exception {
        MqttClient client = new MqttClient(mqtt.serverUri(), "energy-it-meter", new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setMaxInflight(1000);
        client.connect(options);
        try {
            for (Reading reading : readings) {
                client.publish(MqttTopics.readingTopic(SensorKind.ENERGY, reading.sensorId()), ReadingCodec.encode(reading), 1, false);
            }
        } finally {
            client.disconnect();
            client.close();
        }
    }

    private static void produce(List<Reading> readings) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            for (Reading reading : readings) {
                producer.send(new ProducerRecord<>(Topics.READINGS, reading.sensorId(), ReadingCodec.encode(reading)));
            }
            producer.flush();
        }
    }
}
