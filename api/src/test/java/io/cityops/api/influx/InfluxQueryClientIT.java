package io.cityops.api.influx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cityops.api.testing.InfluxFixture;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The query client against the real InfluxDB: parameters are bound, never spliced. */
class InfluxQueryClientIT {

    private static final Instant T0 = Instant.parse("2026-11-27T02:00:00Z");
    private static InfluxFixture influx;
    private static InfluxQueryClient client;

    @BeforeAll
    static void writePoints() {
        influx = InfluxFixture.create("api_query_client");
        influx.write(
                "probe,subject=a value=1.25,label=\"first\" " + T0.toEpochMilli(),
                "probe,subject=b value=2.5,label=\"second\" " + T0.plusSeconds(3600).toEpochMilli());
        client = new InfluxQueryClient(properties(influx.database()));
    }

    @AfterAll
    static void dropTheDatabase() {
        influx.close();
    }

    private static InfluxProperties properties(String database) {
        return new InfluxProperties(URI.create(InfluxFixture.url()), database, null, null, Duration.ofSeconds(5));
    }

    @Test
    void bindsParametersForTagsAndTimes() {
        InfluxResult result = client.query(new InfluxQuery(
                "SELECT * FROM probe WHERE subject = $subject AND time >= $from",
                Map.of("subject", "a", "from", T0)));

        assertThat(result.rows().toList()).singleElement().satisfies(row -> {
            assertThat(row.time()).isEqualTo(T0);
            assertThat(row.decimal("value")).contains(new BigDecimal("1.25"));
            assertThat(row.string("label")).contains("first");
        });
    }

    @Test
    void aQuoteInAParameterIsPartOfTheValueNotOfTheStatement() {
        InfluxResult result = client.query(new InfluxQuery("SELECT * FROM probe WHERE subject = $subject",
                Map.of("subject", "a' OR subject = 'b")));

        assertThat(result.series()).isEmpty();
    }

    @Test
    void aMissingDatabaseReadsAsNoDataYet() {
        InfluxQueryClient elsewhere = new InfluxQueryClient(properties("api_never_created"));

        assertThat(elsewhere.query(InfluxQuery.of("SELECT * FROM probe")).series()).isEmpty();
    }

    @Test
    void aBrokenStatementIsAQueryFailure() {
        assertThatThrownBy(() -> client.query(InfluxQuery.of("SELECT * FROM")))
                .isInstanceOf(InfluxQueryException.class);
    }

    @Test
    void pingReportsTheServerVersion() {
        assertThat(client.ping()).isNotBlank();
    }
}
