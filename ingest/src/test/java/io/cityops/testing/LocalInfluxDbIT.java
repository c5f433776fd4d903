package io.cityops.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class LocalInfluxDbIT {

    @Test
    void createsAFreshDatabaseThatTakesWritesAndAnswersQueries() throws Exception {
        LocalInfluxDb influx = new LocalInfluxDb();
        String db = influx.createDatabase("ingest-it");
        String other = influx.createDatabase("ingest-it");
        assertThat(db).startsWith("ingest_it_").isNotEqualTo(other);
        try {
            HttpResponse<String> written = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(influx.url() + "/write?db=" + db + "&precision=ms"))
                    .POST(HttpRequest.BodyPublishers.ofString("probe,sensor=aq-1 pm25=80.5 1795852800000")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(written.statusCode()).as(written.body()).isEqualTo(204);

            JsonNode answer = influx.query(db, "SELECT pm25 FROM probe");
            JsonNode values = answer.path("results").path(0).path("series").path(0).path("values");
            assertThat(values.path(0).path(0).asLong()).isEqualTo(1795852800000L);
            assertThat(values.path(0).path(1).asDouble()).isEqualTo(80.5);
            assertThat(influx.query(other, "SELECT * FROM probe").path("results").path(0).has("series")).isFalse();
        } finally {
            influx.dropDatabase(db);
            influx.dropDatabase(other);
        }
    }

    @Test
    void failsWithAClearMessageWhenNothingListens() {
        String url = "http://127.0.0.1:" + FreePorts.loopback();
        assertThatThrownBy(() -> new LocalInfluxDb(url))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("InfluxDB is not running at " + url)
                .hasMessageContaining("start it with deploy/run-tests.sh or see README");
    }
}
