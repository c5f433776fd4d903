package io.cityops.ingest.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityops.ingest.MqttTopics;
import io.cityops.ingest.reading.SensorKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TopicMapperTest {

    @Test
    void routesAReadingTopicToItsSensorAndKind() {
        assertThat(TopicMapper.map("city/air/aq-wbl-0001/reading"))
                .isEqualTo(new ReadingRoute("city/air/aq-wbl-0001/reading", SensorKind.AIR, "aq-wbl-0001"));
        assertThat(((ReadingRoute) TopicMapper.map("city/air/aq-wbl-0001/reading")).kafkaKey()).isEqualTo("aq-wbl-0001");
    }

    @Test
    void routesTheTopicsOfEveryKindAsTheContractBuildsThem() {
        for (SensorKind kind : SensorKind.values()) {
            String topic = MqttTopics.readingTopic(kind, "s-1.a_b");
            assertThat(TopicMapper.map(topic)).isEqualTo(new ReadingRoute(topic, kind, "s-1.a_b"));
        }
    }

    @ParameterizedTest(name = "{0} is not routable: {1}")
    @CsvSource(delimiter = '|', value = {
        "city/water/wm-1/reading        | unknown kind 'water'",
        "city/AIR/aq-1/reading          | unknown kind 'AIR'",
        "city/air//reading              | invalid sensor id ''",
        "city/air/aq 1/reading          | invalid sensor id 'aq 1'",
        "city/air/-aq/reading           | invalid sensor id '-aq'",
        "city/air/aq-1/status           | does not match city/{kind}/{sensorId}/reading",
        "city/air/aq-1/reading/extra    | does not match",
        "town/air/aq-1/reading          | does not match",
        "city/air/aq-1                  | does not match",
        "/city/air/aq-1/reading         | does not match",
    })
    void namesWhatIsWrongWithATopicThatIsNotAReadingTopic(String topic, String detail) {
        Route route = TopicMapper.map(topic);
        assertThat(route).isInstanceOf(Unroutable.class);
        assertThat(((Unroutable) route).detail()).contains(detail);
        assertThat(route.mqttTopic()).isEqualTo(topic);
    }

    @Test
    void refusesASensorIdLongerThan128Characters() {
        assertThat(TopicMapper.map("city/air/" + "a".repeat(128) + "/reading")).isInstanceOf(ReadingRoute.class);
        assertThat(TopicMapper.map("city/air/" + "a".repeat(129) + "/reading")).isInstanceOf(Unroutable.class);
    }
}
