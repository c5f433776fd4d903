package io.cityops.api.influx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InfluxResponseParserTest {

    @Test
    void readsSeriesTagsAndTypedColumnsWithExactDecimals() {
        InfluxResult result = InfluxResponseParser.parse("""
                {"results":[{"statement_id":0,"series":[{"name":"air_hourly","tags":{"subject":"s1"},
                 "columns":["time","aqi","c_co","category","final","subject_type"],
                 "values":[[1764300000000,80,4.05,"good",true,"station"]]}]}]}""");

        assertThat(result.series()).hasSize(1);
        InfluxSeries series = result.series().get(0);
        assertThat(series.measurement()).isEqualTo("air_hourly");
        assertThat(series.tag("subject")).contains("s1");
        assertThat(series.tag("subject_type")).contains("station");
        InfluxRow row = series.rows().get(0);
        assertThat(row.time()).isEqualTo(Instant.ofEpochMilli(1764300000000L));
        assertThat(row.integer("aqi")).contains(80L);
        assertThat(row.decimal("c_co")).contains(new BigDecimal("4.05"));
        assertThat(row.string("category")).contains("good");
        assertThat(row.bool("final")).contains(true);
    }

    @Test
    void leavesOutColumnsThatAreNullInTheRow() {
        InfluxResult result = InfluxResponseParser.parse("""
                {"results":[{"statement_id":0,"series":[{"name":"air_hourly",
                 "columns":["time","aqi","category"],"values":[[1764300000000,null,null]]}]}]}""");

        InfluxRow row = result.series().get(0).rows().get(0);
        assertThat(row.has("aqi")).isFalse();
        assertThat(row.integer("aqi")).isEmpty();
        assertThat(row.columns()).isEmpty();
    }

    @Test
    void answersNothingWhenNothingMatched() {
        assertThat(InfluxResponseParser.parse("{\"results\":[{\"statement_id\":0}]}").series()).isEmpty();
    }

    @Test
    void answersNothingWhileTheDatabaseDoesNotExistYet() {
        assertThat(InfluxResponseParser.parse(
                "{\"results\":[{\"statement_id\":0,\"error\":\"database not found: cityops\"}]}").series()).isEmpty();
    }

    @Test
    void reportsAStatementErrorAsAQueryFailure() {
        assertThatThrownBy(() -> InfluxResponseParser.parse(
                "{\"results\":[{\"statement_id\":0,\"error\":\"undefined function foo()\"}]}"))
                .isInstanceOf(InfluxQueryException.class)
                .hasMessageContaining("undefined function foo()");
        assertThatThrownBy(() -> InfluxResponseParser.parse("{\"error\":\"error parsing query: found EOF\"}"))
                .isInstanceOf(InfluxQueryException.class)
                .hasMessageContaining("found EOF");
    }
}
